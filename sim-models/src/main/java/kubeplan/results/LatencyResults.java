package kubeplan.results;

/**
 * End-to-end latency of the successful measured requests, in milliseconds: the mean over
 * replications and pooled percentiles, each with its CI half-width where summary.csv has one, and
 * the pooled distribution.
 */
public record LatencyResults(
    Estimate meanMs,
    Estimate p50Ms,
    Estimate p90Ms,
    Estimate p99Ms,
    double p999Ms,
    double maxMs,
    LatencyCdf cdf) {
  public LatencyResults {
    Checks.nonNegative("latency_mean_ms", meanMs.value());
    Checks.nonNegative("latency_p50_ms", p50Ms.value());
    Checks.nonNegative("latency_p999_ms", p999Ms);
    if (p50Ms.value() > p90Ms.value()
        || p90Ms.value() > p99Ms.value()
        || p99Ms.value() > p999Ms
        || p999Ms > maxMs) {
      throw new IllegalArgumentException(
          "latency percentiles must not decrease: p50 "
              + p50Ms.value()
              + ", p90 "
              + p90Ms.value()
              + ", p99 "
              + p99Ms.value()
              + ", p99.9 "
              + p999Ms
              + ", max "
              + maxMs);
    }
  }
}
