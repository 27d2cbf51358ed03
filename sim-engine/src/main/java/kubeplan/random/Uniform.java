package kubeplan.random;

/** Equally likely anywhere in {@code [min, max]}. Sampled by inversion. */
public record Uniform(double min, double max, String text) implements Distribution {
  /**
   * @throws IllegalArgumentException unless both are finite and {@code min < max}
   */
  public Uniform {
    if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
      throw new IllegalArgumentException(
          "uniform needs finite min < max: min " + min + ", max " + max);
    }
  }

  /** A uniform whose text is {@code uniform(min=…, max=…)} in base units. */
  public Uniform(double min, double max) {
    this(min, max, "uniform(min=" + min + ", max=" + max + ")");
  }

  @Override
  public double sample(RandomStream stream) {
    return min + (max - min) * stream.nextDouble();
  }

  @Override
  public double mean() {
    return (min + max) / 2;
  }

  @Override
  public double variance() {
    double width = max - min;
    return width * width / 12;
  }

  @Override
  public double quantile(double p) {
    Require.probability(p);
    return min + (max - min) * p;
  }
}
