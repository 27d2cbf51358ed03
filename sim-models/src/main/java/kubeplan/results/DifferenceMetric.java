package kubeplan.results;

/** The metrics differences.csv compares between paired exposures, named by their column. */
public enum DifferenceMetric {
  LATENCY_MEAN("latency_mean_ms"),
  LATENCY_P99("latency_p99_ms"),
  ERROR_RATE("error_rate"),
  COST_PER_MONTH("cost_per_month_usd");

  private final String column;

  DifferenceMetric(String column) {
    this.column = column;
  }

  /** The summary.csv column compared, as written in differences.csv's {@code metric}. */
  public String column() {
    return column;
  }
}
