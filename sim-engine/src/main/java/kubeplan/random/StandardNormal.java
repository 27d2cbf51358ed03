package kubeplan.random;

import org.apache.commons.math3.special.Erf;

/**
 * The standard normal distribution's quantile (Wichura's algorithm AS 241) and CDF (Commons Math's
 * complementary error function). The quantile is drawn once per lognormal sample, so it must be
 * fast as well as exact to the last digits in both tails.
 */
final class StandardNormal {
  /*
   * AS 241 (PPND16): M. J. Wichura, "Algorithm AS 241: The Percentage Points of the Normal
   * Distribution", Applied Statistics 37(3), 1988, 477-484. Rational minimax approximations of
   * degree 7 in three regions: |p - 1/2| <= 0.425 in (p - 1/2)^2, then in sqrt(-log r) with r the
   * smaller tail area, below 5 and above; relative accuracy about 1e-16. It needs only Math.log
   * and Math.sqrt, which the JIT turns into machine instructions: 10 ns a call against 50 ns for
   * Commons Math's erfInv, which it replaces (2^20 uniforms, medians of 7 passes, on the 2-core
   * build machine; JFR had put erfInv and its FastMath.log at a quarter of the CPU of a sweep of
   * lognormal services). It also works on the tail area itself, where erfInv's 1 - 2p would
   * round away the digits of a small p.
   */

  /** z_0.99, the standard normal 99th percentile. */
  static final double Z_99 = 2.3263478740408408;

  private static final double SQRT2 = Math.sqrt(2);
  private static final double CENTRAL = 0.425;
  private static final double CENTRAL_SHIFT = 0.180625;
  private static final double NEAR_TAIL = 5;
  private static final double NEAR_TAIL_SHIFT = 1.6;

  private static final double[] CENTRAL_NUMERATOR = {
    3.3871328727963666080e+00, 1.3314166789178437745e+02, 1.9715909503065514427e+03,
    1.3731693765509461125e+04, 4.5921953931549871457e+04, 6.7265770927008700853e+04,
    3.3430575583588128105e+04, 2.5090809287301226727e+03,
  };
  private static final double[] CENTRAL_DENOMINATOR = {
    1, 4.2313330701600911252e+01, 6.8718700749205790830e+02, 5.3941960214247511077e+03,
    2.1213794301586595867e+04, 3.9307895800092710610e+04, 2.8729085735721942674e+04,
    5.2264952788528545610e+03,
  };
  private static final double[] NEAR_TAIL_NUMERATOR = {
    1.42343711074968357734e+00, 4.63033784615654529590e+00, 5.76949722146069140550e+00,
    3.64784832476320460504e+00, 1.27045825245236838258e+00, 2.41780725177450611770e-01,
    2.27238449892691845833e-02, 7.74545014278341407640e-04,
  };
  private static final double[] NEAR_TAIL_DENOMINATOR = {
    1, 2.05319162663775882187e+00, 1.67638483018380384940e+00, 6.89767334985100004550e-01,
    1.48103976427480074590e-01, 1.51986665636164571966e-02, 5.47593808499534494600e-04,
    1.05075007164441684324e-09,
  };
  private static final double[] FAR_TAIL_NUMERATOR = {
    6.65790464350110377720e+00, 5.46378491116411436990e+00, 1.78482653991729133580e+00,
    2.96560571828504891230e-01, 2.65321895265761230930e-02, 1.24266094738807843860e-03,
    2.71155556874348757815e-05, 2.01033439929228813265e-07,
  };
  private static final double[] FAR_TAIL_DENOMINATOR = {
    1, 5.99832206555887937690e-01, 1.36929880922735805310e-01, 1.48753612908506148525e-02,
    7.86869131145613259100e-04, 1.84631831751005468180e-05, 1.42151175831644588870e-07,
    2.04426310338993978564e-15,
  };

  private StandardNormal() {}

  /** The value z with {@code Φ(z) = p}, for p in (0, 1). */
  static double quantile(double p) {
    double q = p - 0.5;
    if (Math.abs(q) <= CENTRAL) {
      double r = CENTRAL_SHIFT - q * q;
      return q * ratio(CENTRAL_NUMERATOR, CENTRAL_DENOMINATOR, r);
    }
    double tail = q < 0 ? p : 1 - p;
    double r = Math.sqrt(-Math.log(tail));
    double z = r <= NEAR_TAIL
        ? ratio(NEAR_TAIL_NUMERATOR, NEAR_TAIL_DENOMINATOR, r - NEAR_TAIL_SHIFT)
        : ratio(FAR_TAIL_NUMERATOR, FAR_TAIL_DENOMINATOR, r - NEAR_TAIL);
    return q < 0 ? -z : z;
  }

  /** {@code Φ(z) = P(Z ≤ z)}. */
  static double cdf(double z) {
    return 0.5 * Erf.erfc(-z / SQRT2);
  }

  /** The ratio of two degree-7 polynomials in {@code x}, coefficients lowest degree first. */
  private static double ratio(double[] numerator, double[] denominator, double x) {
    double n = numerator[7];
    double d = denominator[7];
    for (int i = 6; i >= 0; i--) {
      n = n * x + numerator[i];
      d = d * x + denominator[i];
    }
    return n / d;
  }
}
