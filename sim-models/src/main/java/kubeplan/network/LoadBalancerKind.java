package kubeplan.network;

import kubeplan.cost.Provider;

/**
 * A cloud load balancer product, as {@code loadBalancer.kind} names it; each kind belongs to one
 * provider, which the scenario reader checks against the cluster's.
 */
public enum LoadBalancerKind {
  /** AWS Network Load Balancer: L4, flow hash, client IP preserved. */
  NLB(Provider.AWS, "nlb", Layer.L4, false, false),
  /** AWS Classic Load Balancer: a proxy, given to Services as an L4 one. */
  CLB(Provider.AWS, "clb", Layer.L4, false, false),
  /** AWS Application Load Balancer: L7 proxy, always cross-zone. */
  ALB(Provider.AWS, "alb", Layer.L7, true, false),
  /** GCP external passthrough Network Load Balancer: responses bypass it (direct server return). */
  PASSTHROUGH(Provider.GCP, "passthrough", Layer.L4, true, true),
  /** GCP proxy load balancers (Application / proxy Network Load Balancer). */
  PROXY(Provider.GCP, "proxy", Layer.L7, true, false),
  /** Azure Standard Load Balancer: L4, spreads over all backends. */
  STANDARD(Provider.AZURE, "standard", Layer.L4, true, false),
  /** The load balancer of provider {@code custom}: an L4 one of no product in particular. */
  GENERIC(Provider.CUSTOM, "generic", Layer.L4, true, false);

  /*
   * Cross-zone defaults: NLB off, and the in-tree AWS provider leaves it off on CLBs too
   * (annotation aws-load-balancer-cross-zone-load-balancing-enabled, default false); ALB always
   * on; GCP and Azure regional load balancers spread over every healthy backend of the region.
   * https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/how-elastic-load-balancing-works.html
   * Direct server return: https://cloud.google.com/load-balancing/docs/network (research B8).
   */

  private final Provider provider;
  private final String key;
  private final Layer layer;
  private final boolean crossZoneByDefault;
  private final boolean directServerReturn;

  LoadBalancerKind(
      Provider provider,
      String key,
      Layer layer,
      boolean crossZoneByDefault,
      boolean directServerReturn) {
    this.provider = provider;
    this.key = key;
    this.layer = layer;
    this.crossZoneByDefault = crossZoneByDefault;
    this.directServerReturn = directServerReturn;
  }

  /** The provider that sells this kind. */
  public Provider provider() {
    return provider;
  }

  /** The value of {@code loadBalancer.kind}, e.g. {@code nlb}. */
  public String key() {
    return key;
  }

  /** Whether it forwards connections (L4) or terminates and proxies HTTP (L7). */
  public Layer layer() {
    return layer;
  }

  /** Whether the LB sends to targets in other zones unless the scenario says otherwise. */
  public boolean crossZoneByDefault() {
    return crossZoneByDefault;
  }

  /** Whether responses go from the node straight to the client, not back through the LB. */
  public boolean directServerReturn() {
    return directServerReturn;
  }

  /** The OSI layer a load balancer works at. */
  public enum Layer {
    L4,
    L7
  }
}
