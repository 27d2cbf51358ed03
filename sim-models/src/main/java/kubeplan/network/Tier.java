package kubeplan.network;

/** The three network tiers a request crosses, as {@code hops.csv} groups its hops. */
public enum Tier {
  /** Client to the cluster's edge: the internet and cloud load balancers. */
  EXTERNAL("external"),
  /** Between nodes and zones, Service routing, proxies. */
  CLUSTER("cluster"),
  /** Inside a node: veth pairs, encapsulation, pods. */
  CONTAINER("container");

  private final String label;

  Tier(String label) {
    this.label = label;
  }

  /** The name in the reports, e.g. {@code external}. */
  public String label() {
    return label;
  }
}
