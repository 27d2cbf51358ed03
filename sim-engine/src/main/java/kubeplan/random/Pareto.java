package kubeplan.random;

/**
 * Pareto with {@code shape} α and scale {@code min}: {@code P(X > x) = (min/x)^α} for {@code x ≥
 * min}; heavy-tailed, with infinite variance for α ≤ 2 and infinite mean for α ≤ 1. With a finite
 * {@code max} it is the bounded (truncated) Pareto on {@code [min, max]}, whose moments all exist.
 * Sampled by inversion: {@code min (1 − U (1 − (min/max)^α))^(−1/α)}.
 *
 * @param max the upper bound, or {@link Double#POSITIVE_INFINITY} for the untruncated form
 */
public record Pareto(double shape, double min, double max, String text) implements Distribution {
  /**
   * @throws IllegalArgumentException unless shape and min are finite and positive, max > min
   */
  public Pareto {
    Require.positive("pareto", "shape", shape);
    Require.positive("pareto", "min", min);
    if (!(max > min)) {
      throw new IllegalArgumentException("pareto max must be greater than min: " + max);
    }
  }

  /** An untruncated Pareto whose text is {@code pareto(shape=…, min=…)} in base units. */
  public Pareto(double shape, double min) {
    this(shape, min, Double.POSITIVE_INFINITY, "pareto(shape=" + shape + ", min=" + min + ")");
  }

  /** Whether a finite {@code max} truncates the tail. */
  public boolean truncated() {
    return max != Double.POSITIVE_INFINITY;
  }

  @Override
  public double sample(RandomStream stream) {
    return quantile(stream.nextDouble());
  }

  @Override
  public double mean() {
    return moment(1);
  }

  @Override
  public double variance() {
    double m1 = moment(1);
    double m2 = moment(2);
    return Double.isInfinite(m2) ? Double.POSITIVE_INFINITY : Math.max(0, m2 - m1 * m1);
  }

  @Override
  public double quantile(double p) {
    Require.probability(p);
    if (p == 1) {
      return max;
    }
    return min * Math.pow(1 - p * (1 - tailAtMax()), -1 / shape);
  }

  /** {@code (min/max)^α}, the untruncated probability beyond {@code max}; 0 without a max. */
  private double tailAtMax() {
    return truncated() ? Math.pow(min / max, shape) : 0;
  }

  /*
   * E[X^r] = α/(1 − t) ∫ min^α x^(r−α−1) dx over [min, max], with t = (min/max)^α:
   *   r ≠ α:  α/(1 − t) · (max^r t − min^r)/(r − α)      (infinite when r ≥ α without a max)
   *   r = α:  α/(1 − t) · min^α ln(max/min)
   */
  private double moment(int r) {
    if (!truncated()) {
      return r < shape ? shape * Math.pow(min, r) / (shape - r) : Double.POSITIVE_INFINITY;
    }
    double t = tailAtMax();
    if (r == shape) {
      return shape / (1 - t) * Math.pow(min, shape) * Math.log(max / min);
    }
    return shape / (1 - t) * (Math.pow(max, r) * t - Math.pow(min, r)) / (r - shape);
  }
}
