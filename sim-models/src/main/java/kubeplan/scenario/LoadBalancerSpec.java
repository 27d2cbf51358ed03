package kubeplan.scenario;

import java.util.Objects;
import java.util.Optional;
import kubeplan.random.Distribution;

/**
 * A cloud load balancer in front of an exposure.
 *
 * @param kind the provider's product (default per provider: aws nlb, or alb for a cloud Ingress;
 *     gcp passthrough, or proxy for a cloud Ingress; azure standard; custom generic)
 * @param targetType whether it sends to node ports or straight to pods (default instance)
 * @param crossZone whether it may send to targets in other zones (default false for aws nlb and
 *     clb, true otherwise)
 * @param latency its one-way delay per traversal; empty for the profile's default of the kind
 */
public record LoadBalancerSpec(
    LoadBalancerKind kind,
    TargetType targetType,
    boolean crossZone,
    Optional<Distribution> latency) {

  public LoadBalancerSpec {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(targetType, "targetType");
    Objects.requireNonNull(latency, "latency");
  }

  /** Load-balancer products of the providers; each kind belongs to one provider. */
  public enum LoadBalancerKind {
    NLB(ClusterSpec.Provider.AWS, Layer.L4),
    CLB(ClusterSpec.Provider.AWS, Layer.L4),
    ALB(ClusterSpec.Provider.AWS, Layer.L7),
    PASSTHROUGH(ClusterSpec.Provider.GCP, Layer.L4),
    PROXY(ClusterSpec.Provider.GCP, Layer.L7),
    STANDARD(ClusterSpec.Provider.AZURE, Layer.L4),
    GENERIC(ClusterSpec.Provider.CUSTOM, Layer.L4);

    private final ClusterSpec.Provider provider;
    private final Layer layer;

    LoadBalancerKind(ClusterSpec.Provider provider, Layer layer) {
      this.provider = provider;
      this.layer = layer;
    }

    /** The provider that sells this kind. */
    public ClusterSpec.Provider provider() {
      return provider;
    }

    /** Whether it forwards connections (L4) or terminates and proxies HTTP (L7). */
    public Layer layer() {
      return layer;
    }
  }

  /** The OSI layer a load balancer works at. */
  public enum Layer {
    L4,
    L7
  }

  /** What a load balancer sends to. */
  public enum TargetType {
    /** Node ports, then kube-proxy. */
    INSTANCE,
    /** Pod addresses directly, bypassing kube-proxy. */
    IP
  }
}
