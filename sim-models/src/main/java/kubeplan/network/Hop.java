package kubeplan.network;

import java.util.Optional;

/** A network traversal whose one-way latency the profile gives and a scenario may override. */
public enum Hop {
  /** Between a pod and its node: the veth pair and the node's bridge or routing. */
  VETH("veth", "veth", Tier.CONTAINER),
  /** From a node to another node of the same zone. */
  CROSS_NODE("crossNode", "cross-node", Tier.CLUSTER),
  /** From a node to a node in another zone (instead of {@link #CROSS_NODE}). */
  CROSS_ZONE("crossZone", "cross-zone", Tier.CLUSTER),
  /** Added to each cross-node or cross-zone traversal by an overlay CNI (VXLAN). */
  ENCAPSULATION("encapsulation", "encapsulation", Tier.CONTAINER),
  /** Between the client and the cluster's edge. */
  INTERNET("internet", "internet", Tier.EXTERNAL);

  private final String key;
  private final String label;
  private final Tier tier;

  Hop(String key, String label, Tier tier) {
    this.key = key;
    this.label = label;
    this.tier = tier;
  }

  /** The key under {@code cluster.hops} in a scenario, e.g. {@code crossNode}. */
  public String key() {
    return key;
  }

  /** The name in {@code hops.csv}, e.g. {@code cross-node}. */
  public String label() {
    return label;
  }

  public Tier tier() {
    return tier;
  }

  /** The hop a scenario key names, if any. */
  public static Optional<Hop> byKey(String key) {
    for (Hop hop : values()) {
      if (hop.key.equals(key)) {
        return Optional.of(hop);
      }
    }
    return Optional.empty();
  }
}
