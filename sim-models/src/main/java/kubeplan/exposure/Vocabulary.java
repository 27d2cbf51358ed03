package kubeplan.exposure;

import java.util.HashMap;
import java.util.Map;
import kubeplan.cost.PriceOverrides;
import kubeplan.network.Bandwidths;
import kubeplan.scenario.BandwidthLimits;
import kubeplan.scenario.PricingSpec;

/** The scenario's words for Kubernetes settings, as the routing, network and cost models name them. */
final class Vocabulary {
  private Vocabulary() {}

  static Bandwidths bandwidths(BandwidthLimits limits) {
    return new Bandwidths(limits.node(), limits.flow());
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
