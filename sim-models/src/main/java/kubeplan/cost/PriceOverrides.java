package kubeplan.cost;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Single prices a scenario sets over its catalogue ({@code pricing.overrides}), for example {@code
 * { loadBalancerHourly: 0.0225, nodeHourly: { m6i.large: 0.096 } }}.
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

  /** The catalogue with these prices in place of its own. */
  PriceCatalog applyTo(PriceCatalog catalog) {
    Map<String, LoadBalancerPricing> kinds = new LinkedHashMap<>(catalog.loadBalancers());
    Optional<CrossZoneTransfer> crossZone = catalog.crossZoneTransfer();
    Optional<Price> egress = catalog.internetEgress();
    Optional<Price> control = catalog.controlPlane();
    Optional<Price> ipv4 = catalog.publicIpv4();
    for (Map.Entry<String, Double> entry : prices.entrySet()) {
      String key = entry.getKey();
      double usd = entry.getValue();
      switch (key) {
        case "loadBalancerHourly" ->
            replaceInKindsWith(
                catalog,
                kinds,
                key,
                kind ->
                    Optional.of(kind.withHourly(Price.override(kind.hourly(), usd, "LB-hour"))));
        case "capacityUnitHourly" ->
            replaceInKindsWith(
                catalog,
                kinds,
                key,
                kind ->
                    kind.capacityUnit()
                        .map(
                            unit ->
                                kind.withCapacityUnit(
                                    unit.withHourly(
                                        Price.override(
                                            unit.hourly(), usd, "capacity-unit-hour")))));
        case "additionalRuleHourly" ->
            replaceInKindsWith(
                catalog,
                kinds,
                key,
                kind ->
                    kind.rules()
                        .map(
                            tier ->
                                kind.withRules(
                                    tier.withAdditional(
                                        Price.override(tier.additional(), usd, "rule-hour")))));
        case "dataProcessed" ->
            replaceInKindsWith(
                catalog,
                kinds,
                key,
                kind ->
                    kind.dataProcessed()
                        .map(price -> kind.withDataProcessed(Price.overridden(usd, price.per()))));
        case "crossZoneTransfer" -> {
          CrossZoneTransfer transfer = requirePresent(catalog, crossZone, key);
          Price price = Price.overridden(usd, transfer.price().per());
          crossZone = Optional.of(new CrossZoneTransfer(price, transfer.chargedAt()));
        }
        case "internetEgress" ->
            egress = Optional.of(Price.overridden(usd, requirePresent(catalog, egress, key).per()));
        case "controlPlaneHourly" ->
            control = Optional.of(Price.override(control, usd, "cluster-hour"));
        case "publicIpv4Hourly" -> ipv4 = Optional.of(Price.override(ipv4, usd, "address-hour"));
        default -> throw new IllegalStateException("override key not handled: " + key);
      }
    }
    Map<String, Price> nodes = new LinkedHashMap<>(catalog.nodes());
    nodeHourly.forEach((type, usd) -> nodes.put(type, Price.overridden(usd, "node-hour")));
    return new PriceCatalog(
        catalog.provider(),
        catalog.region(),
        catalog.description(),
        kinds,
        nodes,
        crossZone,
        egress,
        control,
        ipv4,
        catalog.origin());
  }

  private static <T> T requirePresent(PriceCatalog catalog, Optional<T> item, String key) {
    return item.orElseThrow(
        () ->
            new CatalogException(
                catalog.origin()
                    + ": pricing.overrides."
                    + key
                    + " overrides a price the catalogue does not give, so its unit is not known;"
                    + " add the price to a catalogue file (pricing.catalog)"));
  }

  /** Replaces each kind for which {@code change} gives a replacement; at least one must. */
  private static void replaceInKindsWith(
      PriceCatalog catalog,
      Map<String, LoadBalancerPricing> kinds,
      String key,
      Function<LoadBalancerPricing, Optional<LoadBalancerPricing>> change) {
    boolean changed = false;
    for (Map.Entry<String, LoadBalancerPricing> kind : kinds.entrySet()) {
      Optional<LoadBalancerPricing> replaced = change.apply(kind.getValue());
      if (replaced.isPresent()) {
        kind.setValue(replaced.get());
        changed = true;
      }
    }
    if (!changed) {
      throw new CatalogException(
          catalog.origin()
              + ": pricing.overrides."
              + key
              + " matches no load balancer kind of the catalogue");
    }
  }
}
