package kubeplan.queueing;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Judges an estimate against a truth as measurement.md prescribes: pass when |estimate - truth| <=
 * z kappa / sqrt(N) * truth, with z = 4, N the measured requests and kappa the metric's per-request
 * noise constant (the relative standard deviation of an N-request estimate times sqrt(N)).
 */
final class Tolerance {
  static final double Z = 4;

  private Tolerance() {}

  static void assertNear(String metric, double truth, double estimate, double kappa, long n) {
    double tolerance = Z * kappa / Math.sqrt(n) * Math.abs(truth);
    assertTrue(
        Math.abs(estimate - truth) <= tolerance,
        () ->
            String.format(
                "%s: estimate %.6g vs truth %.6g, off by %.3g %% > tolerance %.3g %% (kappa %.1f, N"
                    + " %d)",
                metric,
                estimate,
                truth,
                100 * (estimate - truth) / truth,
                100 * tolerance / truth,
                kappa,
                n));
  }
}
