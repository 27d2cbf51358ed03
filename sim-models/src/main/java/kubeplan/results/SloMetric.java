package kubeplan.results;

/** A quantity an SLO can bound, with the summary.csv column that reports it. */
public enum SloMetric {
  LATENCY_MEAN("latencyMean", "latency_mean_ms", "mean latency"),
  LATENCY_P50("latencyP50", "latency_p50_ms", "p50 latency"),
  LATENCY_P90("latencyP90", "latency_p90_ms", "p90 latency"),
  LATENCY_P99("latencyP99", "latency_p99_ms", "p99 latency"),
  LATENCY_P999("latencyP999", "latency_p999_ms", "p99.9 latency"),
  ERROR_RATE("errorRate", "error_rate", "error rate");

  private final String scenarioKey;
  private final String column;
  private final String label;

  SloMetric(String scenarioKey, String column, String label) {
    this.scenarioKey = scenarioKey;
    this.column = column;
    this.label = label;
  }

  /** The key under {@code slo:} in a scenario file. */
  public String scenarioKey() {
    return scenarioKey;
  }

  /** The summary.csv column of the measured value. */
  public String column() {
    return column;
  }

  /** Words for a reader, e.g. {@code p99 latency}. */
  public String label() {
    return label;
  }

  /** Latencies are in milliseconds; the error rate is a fraction. */
  public boolean isLatency() {
    return this != ERROR_RATE;
  }
}
