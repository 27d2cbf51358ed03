package kubeplan.stats;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How far a simulated estimate from N measured requests may be from the truth, by the rule of
 * measurement.md: z · κ / √N relative, with z = 4 and κ the metric's per-request noise constant
 * (the relative standard deviation of an N-request estimate times √N). Shared by the statistical
 * tests of every module through sim-engine's test-jar.
 */
public final class Tolerance {
  /** measurement.md's z: a correct model fails one check in about 16,000. */
  public static final double Z = 4;

  private Tolerance() {}

  /** Relative tolerance of a metric with noise constant {@code kappa} over {@code n} requests. */
  public static double relative(double kappa, long n) {
    return Z * kappa / Math.sqrt(n);
  }

  /**
   * Absolute tolerance of an observed fraction of {@code n} independent trials with probability
   * {@code p}: κ = √((1 − p) / p) relative, times p.
   */
  public static double proportion(double p, long n) {
    return Z * Math.sqrt(p * (1 - p) / n);
  }

  /**
   * Asserts |estimate − truth| ≤ {@link #relative}(kappa, n) · |truth|, and otherwise names the
   * metric, both values, the error and the tolerance in percent, κ and N.
   */
  public static void assertNear(String metric, double truth, double estimate, double kappa,
      long n) {
    double tolerance = relative(kappa, n) * Math.abs(truth);
    assertTrue(Math.abs(estimate - truth) <= tolerance, () -> String.format(
        "%s: estimate %.6g vs truth %.6g, off by %.3g %% > tolerance %.3g %% (kappa %.1f, N %d)",
        metric, estimate, truth, 100 * (estimate - truth) / truth, 100 * tolerance / truth, kappa,
        n));
  }
}
