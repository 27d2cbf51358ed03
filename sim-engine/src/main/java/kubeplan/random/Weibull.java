package kubeplan.random;

import org.apache.commons.math3.special.Gamma;

/**
 * Weibull with {@code shape} k and {@code scale} λ: {@code P(X > x) = exp(-(x/λ)^k)}. Sampled by
 * inversion: {@code λ (−ln(1 − U))^(1/k)}.
 */
public record Weibull(double shape, double scale, String text) implements Distribution {
  /**
   * @throws IllegalArgumentException unless both are finite and positive
   */
  public Weibull {
    Require.positive("weibull", "shape", shape);
    Require.positive("weibull", "scale", scale);
  }

  /** A Weibull whose text is {@code weibull(shape=…, scale=…)} in base units. */
  public Weibull(double shape, double scale) {
    this(shape, scale, "weibull(shape=" + shape + ", scale=" + scale + ")");
  }

  @Override
  public double sample(RandomStream stream) {
    return scale * Math.pow(-Math.log(1 - stream.nextDouble()), 1 / shape);
  }

  /** {@code λ Γ(1 + 1/k)}. */
  @Override
  public double mean() {
    return scale * Math.exp(Gamma.logGamma(1 + 1 / shape));
  }

  /** {@code λ² (Γ(1 + 2/k) − Γ(1 + 1/k)²)}. */
  @Override
  public double variance() {
    double g1 = Math.exp(Gamma.logGamma(1 + 1 / shape));
    double g2 = Math.exp(Gamma.logGamma(1 + 2 / shape));
    return scale * scale * (g2 - g1 * g1);
  }

  @Override
  public double quantile(double p) {
    Require.probability(p);
    return scale * Math.pow(-Math.log1p(-p), 1 / shape);
  }
}
