package kubeplan.results;

/** The three network tiers a request crosses. */
public enum Tier {
  EXTERNAL("external"),
  CLUSTER("cluster"),
  CONTAINER("container");

  private final String text;

  Tier(String text) {
    this.text = text;
  }

  /** The tier as written in hops.csv. */
  public String text() {
    return text;
  }
}
