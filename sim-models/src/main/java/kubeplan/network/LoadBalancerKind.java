package kubeplan.network;

/** A cloud load balancer product, as {@code loadBalancer.kind} names it. */
public enum LoadBalancerKind {
  /** AWS Network Load Balancer: L4, flow hash, client IP preserved. */
  NLB("aws", "nlb", false, false),
  /** AWS Classic Load Balancer: a proxy. */
  CLB("aws", "clb", false, false),
  /** AWS Application Load Balancer: L7 proxy, always cross-zone. */
  ALB("aws", "alb", true, false),
  /** GCP external passthrough Network Load Balancer: responses bypass it (direct server return). */
  PASSTHROUGH("gcp", "passthrough", true, true),
  /** GCP proxy load balancers (Application / proxy Network Load Balancer). */
  PROXY("gcp", "proxy", true, false),
  /** Azure Standard Load Balancer: L4, spreads over all backends. */
  STANDARD("azure", "standard", true, false);

  /*
   * Cross-zone defaults: NLB off, and the in-tree AWS provider leaves it off on CLBs too
   * (annotation aws-load-balancer-cross-zone-load-balancing-enabled, default false); ALB always
   * on; GCP and Azure regional load balancers spread over every healthy backend of the region.
   * https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/how-elastic-load-balancing-works.html
   * Direct server return: https://cloud.google.com/load-balancing/docs/network (research B8).
   */

  private final String provider;
  private final String key;
  private final boolean crossZoneByDefault;
  private final boolean directServerReturn;

  LoadBalancerKind(
      String provider, String key, boolean crossZoneByDefault, boolean directServerReturn) {
    this.provider = provider;
    this.key = key;
    this.crossZoneByDefault = crossZoneByDefault;
    this.directServerReturn = directServerReturn;
  }

  /** {@code aws}, {@code gcp} or {@code azure}. */
  public String provider() {
    return provider;
  }

  /** The value of {@code loadBalancer.kind}, e.g. {@code nlb}. */
  public String key() {
    return key;
  }

  /** Whether the LB sends to targets in other zones unless the scenario says otherwise. */
  public boolean crossZoneByDefault() {
    return crossZoneByDefault;
  }

  /** Whether responses go from the node straight to the client, not back through the LB. */
  public boolean directServerReturn() {
    return directServerReturn;
  }

  /**
   * The kind a {@code LoadBalancer} Service gets on {@code provider} when none is named: an NLB on
   * AWS (the AWS Load Balancer Controller; the legacy in-tree provider made CLBs), the passthrough
   * NLB on GCP, the Standard LB on Azure.
   *
   * @throws IllegalArgumentException for a provider without cloud load balancers
   */
  public static LoadBalancerKind defaultFor(String provider) {
    return switch (provider) {
      case "aws" -> NLB;
      case "gcp" -> PASSTHROUGH;
      case "azure" -> STANDARD;
      default ->
          throw new IllegalArgumentException(
              "provider '"
                  + provider
                  + "' has no default load balancer kind; name loadBalancer.kind"
                  + " (aws: nlb | clb | alb, gcp: passthrough | proxy, azure: standard)");
    };
  }
}
