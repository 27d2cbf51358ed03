package kubeplan.cost;

import java.util.List;
import java.util.Map;

/**
 * Single prices a scenario sets over its catalogue ({@code pricing.overrides}), for example
 * {@code { loadBalancerHourly: 0.0225, nodeHourly: { m6i.large: 0.096 } }}.
 *
 * <p>Each key replaces one price of every load balancer kind that has it, in the unit the catalogue
 * gives it (volume prices are per GB on AWS and Azure, per GiB on GCP):
 *
 * <ul>
 *   <li>{@code loadBalancerHourly}: the hourly price (for rule-billed kinds, of the included rules)
 *   <li>{@code capacityUnitHourly}: one LCU or NLCU for an hour
 *   <li>{@code additionalRuleHourly}: one rule beyond the included ones for an hour
 *   <li>{@code dataProcessed}: one GB (GiB) processed by a load balancer
 *   <li>{@code crossZoneTransfer}: one GB (GiB) across zones, at each side charged
 *   <li>{@code internetEgress}: one GB (GiB) to the internet
 *   <li>{@code controlPlaneHourly}: one cluster's control plane for an hour
 *   <li>{@code publicIpv4Hourly}: one public IPv4 address for an hour
 * </ul>
 *
 * @param prices override key to US dollars; copied
 * @param nodeHourly instance type to US dollars per node-hour; a type the catalogue lacks is added
 */
public record PriceOverrides(Map<String, Double> prices, Map<String, Double> nodeHourly) {
  /** Keys {@code prices} accepts. */
  public static final List<String> KEYS =
      List.of(
          "loadBalancerHourly",
          "capacityUnitHourly",
          "additionalRuleHourly",
          "dataProcessed",
          "crossZoneTransfer",
          "internetEgress",
          "controlPlaneHourly",
          "publicIpv4Hourly");

  /** No overrides: the catalogue as it is. */
  public static final PriceOverrides NONE = new PriceOverrides(Map.of(), Map.of());

  public PriceOverrides {
    prices = Map.copyOf(prices);
    nodeHourly = Map.copyOf(nodeHourly);
    for (Map.Entry<String, Double> entry : prices.entrySet()) {
      if (!KEYS.contains(entry.getKey())) {
        throw new IllegalArgumentException(
            "pricing.overrides."
                + entry.getKey()
                + ": unknown price; known: nodeHourly, "
                + String.join(", ", KEYS));
      }
      Quantities.requireNonNegative("pricing.overrides." + entry.getKey(), entry.getValue());
    }
    for (Map.Entry<String, Double> entry : nodeHourly.entrySet()) {
      Quantities.requireNonNegative(
          "pricing.overrides.nodeHourly." + entry.getKey(), entry.getValue());
    }
  }
}
