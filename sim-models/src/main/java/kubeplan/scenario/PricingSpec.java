package kubeplan.scenario;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Where prices come from, and which the user sets by hand.
 *
 * @param catalog a price catalogue file (absolute); empty for the built-in catalogue of the
 *     cluster's provider and region
 * @param overrides prices that replace the catalogue's
 */
public record PricingSpec(Optional<Path> catalog, Overrides overrides) {
  public PricingSpec {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(overrides, "overrides");
  }

  /**
   * Prices in US dollars that replace the catalogue's; each is optional.
   *
   * @param loadBalancerHourly one load balancer for an hour
   * @param capacityUnitHourly one load-balancer capacity unit (LCU, NLCU) for an hour
   * @param publicIpv4Hourly one public IPv4 address for an hour
   * @param dataProcessedPerGb one GB processed by a load balancer
   * @param crossZonePerGb one GB sent between zones, each direction
   * @param internetEgressPerGb one GB sent to the internet
   * @param controlPlaneHourly the cluster's control plane for an hour
   * @param nodeHourly one node of each named instance type for an hour
   */
  public record Overrides(
      OptionalDouble loadBalancerHourly,
      OptionalDouble capacityUnitHourly,
      OptionalDouble publicIpv4Hourly,
      OptionalDouble dataProcessedPerGb,
      OptionalDouble crossZonePerGb,
      OptionalDouble internetEgressPerGb,
      OptionalDouble controlPlaneHourly,
      Map<String, Double> nodeHourly) {

    public Overrides {
      for (OptionalDouble price :
          new OptionalDouble[] {
            loadBalancerHourly,
            capacityUnitHourly,
            publicIpv4Hourly,
            dataProcessedPerGb,
            crossZonePerGb,
            internetEgressPerGb,
            controlPlaneHourly
          }) {
        if (price.isPresent() && !(price.getAsDouble() >= 0)) {
          throw new IllegalArgumentException("a price cannot be negative: " + price);
        }
      }
      nodeHourly = Collections.unmodifiableMap(new LinkedHashMap<>(nodeHourly));
    }

    /** No override: every price comes from the catalogue. */
    public static Overrides none() {
      OptionalDouble none = OptionalDouble.empty();
      return new Overrides(none, none, none, none, none, none, none, Map.of());
    }
  }
}
