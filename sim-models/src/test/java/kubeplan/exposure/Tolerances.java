package kubeplan.exposure;

/**
 * How far a simulated estimate from N measured requests may be from the truth (measurement.md):
 * z · κ / √N relative, with z = 4 and κ the metric's per-request noise constant.
 */
final class Tolerances {
  /** measurement.md's z: a correct model fails one check in about 16,000. */
  static final double Z = 4;

  private Tolerances() {}

  /** Relative tolerance of a metric with noise constant {@code kappa} over {@code n} requests. */
  static double relative(double kappa, long n) {
    return Z * kappa / Math.sqrt(n);
  }

  /**
   * Absolute tolerance of an observed fraction of {@code n} independent trials with probability
   * {@code p}: κ = √((1 − p) / p) relative, times p.
   */
  static double proportion(double p, long n) {
    return Z * Math.sqrt(p * (1 - p) / n);
  }
}
