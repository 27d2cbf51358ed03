package kubeplan.results;

/**
 * What one exposure delivered at one point, pooled over its replications: traffic, failures and
 * whether some station was overloaded. {@code minMeasuredRequests} is the fewest measured requests
 * of any replication, which decides whether the percentile CIs are sound (measurement.md).
 */
public record Summary(
    int replications,
    long minMeasuredRequests,
    double offeredRps,
    double throughputRps,
    ErrorRates errors,
    boolean unstable) {
  /**
   * Measured requests per replication from which the CI of a pooled p99, taken from the spread of
   * per-replication p99s, is sound (measurement.md, "Replications, confidence intervals").
   */
  public static final long SOUND_PERCENTILE_CI_REQUESTS = 100_000;

  public Summary {
    if (replications < 1) {
      throw new IllegalArgumentException("replications must be >= 1: " + replications);
    }
    if (minMeasuredRequests < 0) {
      throw new IllegalArgumentException(
          "minMeasuredRequests must be >= 0: " + minMeasuredRequests);
    }
    Checks.nonNegative("offered_rps", offeredRps);
    Checks.nonNegative("throughput_rps", throughputRps);
  }

  /** True when some replication measured too few requests for the percentile CIs to be sound. */
  public boolean percentileCiApproximate() {
    return minMeasuredRequests < SOUND_PERCENTILE_CI_REQUESTS;
  }
}
