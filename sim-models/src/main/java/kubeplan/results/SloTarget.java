package kubeplan.results;

/** One SLO bound: {@code metric} must not exceed {@code limit} (ms for latencies, a fraction). */
public record SloTarget(SloMetric metric, double limit) {
  public SloTarget {
    Checks.nonNegative("SLO " + metric.scenarioKey(), limit);
    if (metric == SloMetric.ERROR_RATE) {
      Checks.fraction("SLO errorRate", limit);
    }
  }
}
