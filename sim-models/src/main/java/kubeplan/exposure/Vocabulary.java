package kubeplan.exposure;

import java.util.HashMap;
import java.util.Map;
import kubeplan.cost.PriceOverrides;
import kubeplan.network.Bandwidths;
import kubeplan.network.Cni;
import kubeplan.network.LoadBalancerKind;
import kubeplan.routing.KubeProxyMode;
import kubeplan.routing.TrafficDistribution;
import kubeplan.routing.TrafficPolicy;
import kubeplan.scenario.BandwidthLimits;
import kubeplan.scenario.ClusterSpec;
import kubeplan.scenario.ExposureSpec;
import kubeplan.scenario.LoadBalancerSpec;
import kubeplan.scenario.PricingSpec;
import kubeplan.scenario.ServiceSpec;

/** The scenario's words for Kubernetes settings, as the routing, network and cost models name them. */
final class Vocabulary {
  private Vocabulary() {}

  static Cni cni(ClusterSpec.Cni cni) {
    return Cni.valueOf(cni.name());
  }

  static KubeProxyMode kubeProxy(ClusterSpec.KubeProxyMode mode) {
    return KubeProxyMode.valueOf(mode.name());
  }

  static TrafficPolicy policy(kubeplan.scenario.TrafficPolicy policy) {
    return TrafficPolicy.valueOf(policy.name());
  }

  static TrafficDistribution distribution(ServiceSpec.TrafficDistribution distribution) {
    return TrafficDistribution.valueOf(distribution.name());
  }

  static LoadBalancerKind loadBalancer(LoadBalancerSpec.LoadBalancerKind kind) {
    return LoadBalancerKind.valueOf(kind.name());
  }

  static Bandwidths bandwidths(BandwidthLimits limits) {
    return new Bandwidths(limits.node(), limits.flow());
  }


  static kubeplan.cost.Provider provider(ClusterSpec.Provider provider) {
    return kubeplan.cost.Provider.valueOf(provider.name());
  }

  static PriceOverrides prices(PricingSpec.Overrides overrides) {
    Map<String, Double> prices = new HashMap<>();
    overrides.loadBalancerHourly().ifPresent(p -> prices.put("loadBalancerHourly", p));
    overrides.capacityUnitHourly().ifPresent(p -> prices.put("capacityUnitHourly", p));
    overrides.publicIpv4Hourly().ifPresent(p -> prices.put("publicIpv4Hourly", p));
    overrides.dataProcessedPerGb().ifPresent(p -> prices.put("dataProcessed", p));
    overrides.crossZonePerGb().ifPresent(p -> prices.put("crossZoneTransfer", p));
    overrides.internetEgressPerGb().ifPresent(p -> prices.put("internetEgress", p));
    overrides.controlPlaneHourly().ifPresent(p -> prices.put("controlPlaneHourly", p));
    return new PriceOverrides(prices, overrides.nodeHourly());
  }
}
