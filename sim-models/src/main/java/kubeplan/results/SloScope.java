package kubeplan.results;

/** Where SLO latencies are measured: at the client, or at the cluster's edge (no internet hops). */
public enum SloScope {
  CLIENT("client"),
  EDGE("edge");

  private final String text;

  SloScope(String text) {
    this.text = text;
  }

  /** The value as written under {@code slo.measuredAt}. */
  public String text() {
    return text;
  }
}
