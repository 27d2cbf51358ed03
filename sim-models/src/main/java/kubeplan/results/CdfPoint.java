package kubeplan.results;

/** One point of the pooled end-to-end latency distribution: P(latency <= latencyMs). */
public record CdfPoint(double cumulativeFraction, double latencyMs) {
  public CdfPoint {
    Checks.fraction("cumulative_fraction", cumulativeFraction);
    Checks.nonNegative("latency_ms", latencyMs);
  }
}
