package kubeplan.results;

import kubeplan.network.Tier;

/** The hops of hops.csv, each in its tier (outputs.md's vocabulary), in the order of the path. */
public enum Hop {
  INTERNET(Tier.EXTERNAL, "internet"),
  LOAD_BALANCER(Tier.EXTERNAL, "load-balancer"),
  KUBE_PROXY(Tier.CLUSTER, "kube-proxy"),
  CROSS_NODE(Tier.CLUSTER, "cross-node"),
  CROSS_ZONE(Tier.CLUSTER, "cross-zone"),
  CONNECTION_SETUP(Tier.CLUSTER, "connection-setup"),
  INGRESS_CONTROLLER_QUEUE(Tier.CLUSTER, "ingress-controller-queue"),
  INGRESS_CONTROLLER(Tier.CLUSTER, "ingress-controller"),
  CALLS(Tier.CLUSTER, "calls"),
  VETH(Tier.CONTAINER, "veth"),
  ENCAPSULATION(Tier.CONTAINER, "encapsulation"),
  TRANSMISSION(Tier.CONTAINER, "transmission"),
  POD_QUEUE(Tier.CONTAINER, "pod-queue"),
  POD_SERVICE(Tier.CONTAINER, "pod-service");

  private final Tier tier;
  private final String text;

  Hop(Tier tier, String text) {
    this.tier = tier;
    this.text = text;
  }

  public Tier tier() {
    return tier;
  }

  /** The hop as written in hops.csv. */
  public String text() {
    return text;
  }
}
