package kubeplan.random;

import org.apache.commons.math3.special.Erf;

/** The standard normal distribution's quantile and CDF, from Commons Math's error functions. */
final class StandardNormal {
  /** z_0.99, the standard normal 99th percentile. */
  static final double Z_99 = 2.3263478740408408;

  private static final double SQRT2 = Math.sqrt(2);

  private StandardNormal() {}

  /** The value z with {@code Φ(z) = p}, for p in (0, 1). */
  static double quantile(double p) {
    return p < 0.5 ? -SQRT2 * Erf.erfInv(1 - 2 * p) : SQRT2 * Erf.erfInv(2 * p - 1);
  }

  /** {@code Φ(z) = P(Z ≤ z)}. */
  static double cdf(double z) {
    return 0.5 * Erf.erfc(-z / SQRT2);
  }
}
