package kubeplan.scenario;

import java.util.Objects;
import java.util.Optional;
import kubeplan.network.LoadBalancerKind;
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

  /** What a load balancer sends to. */
  public enum TargetType {
    /** Node ports, then kube-proxy. */
    INSTANCE,
    /** Pod addresses directly, bypassing kube-proxy. */
    IP
  }
}
