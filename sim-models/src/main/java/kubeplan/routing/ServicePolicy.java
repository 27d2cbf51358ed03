package kubeplan.routing;

import java.util.Objects;

/**
 * The fields of a Service that decide which endpoints a connection may reach.
 *
 * @param externalTrafficPolicy for traffic from outside: NodePort and LoadBalancer
 * @param internalTrafficPolicy for traffic to the ClusterIP from pods
 * @param trafficDistribution a zone preference within what the policy allows
 */
public record ServicePolicy(
    TrafficPolicy externalTrafficPolicy,
    TrafficPolicy internalTrafficPolicy,
    TrafficDistribution trafficDistribution) {
  /** Kubernetes' defaults: Cluster, Cluster, no distribution preference. */
  public static final ServicePolicy DEFAULT =
      new ServicePolicy(TrafficPolicy.CLUSTER, TrafficPolicy.CLUSTER, TrafficDistribution.NONE);

  public ServicePolicy {
    Objects.requireNonNull(externalTrafficPolicy, "externalTrafficPolicy");
    Objects.requireNonNull(internalTrafficPolicy, "internalTrafficPolicy");
    Objects.requireNonNull(trafficDistribution, "trafficDistribution");
  }
}
