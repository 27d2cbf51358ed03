package kubeplan.cost;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Prices an exposure's measured usage with a catalogue: load-balancer hours or rules, capacity
 * units, public addresses, data processed, nodes, cross-zone transfer, internet egress and the
 * control plane, for a month of {@value #HOURS_PER_MONTH} hours.
 */
public final class CostModel {
  /*
   * Rates measured in the simulated window stand for every hour of the month, so an item's monthly
   * quantity is its hourly quantity times 730 (the month AWS, GCP and Azure price calculators use).
   *
   * Load balancers. AWS bills each load balancer per hour, plus capacity units: each hour a load
   * balancer pays for the units of its largest dimension (new connections per second, active
   * connections, bytes processed per hour, rule evaluations per second), so units are computed per
   * load balancer and then summed [1]. GCP bills forwarding rules: one hourly price covers the first
   * five rules of the project and region, each further rule costs extra [2]; Azure bills each
   * Standard LB the same way with five rules included [3]. Both add a price per volume processed.
   * A line is written only when its quantity is positive, and a price is required only then.
   *
   * Internet egress is priced at the first tier of the provider's price list. AWS's 100 GB a month
   * free allowance is not subtracted: it is shared by everything in the account, so crediting it to
   * one exposure would make small setups look free and would not change a comparison between
   * exposures of the same traffic.
   *
   * [1] https://aws.amazon.com/elasticloadbalancing/pricing/
   * [2] https://cloud.google.com/load-balancing/pricing
   * [3] https://azure.microsoft.com/pricing/details/load-balancer/
   */

  /** Hours in the month that monthly figures are for. */
  public static final double HOURS_PER_MONTH = 730;

  private final PriceCatalog catalog;

  public CostModel(PriceCatalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /**
   * Prices one exposure's usage.
   *
   * @throws CatalogException when the usage needs a price the catalogue lacks, naming the item, or
   *     when the usage is on another provider than the catalogue's
   */
  public ExposureCost price(ExposureUsage usage) {
    if (usage.provider() != catalog.provider()) {
      throw new CatalogException(
          catalog.origin()
              + ": prices "
              + catalog.provider().label()
              + ", but exposure '"
              + usage.exposure()
              + "' runs on "
              + usage.provider().label());
    }
    List<CostLine> lines = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    addLoadBalancers(usage.loadBalancers(), lines, warnings);
    addNodes(usage.nodes(), lines);
    addCrossZoneTransfer(usage.crossZoneBytesPerHour(), lines);
    addInternetEgress(usage.internetEgressBytesPerHour(), lines);
    addControlPlane(usage.clusters(), lines);
    return new ExposureCost(
        usage.exposure(),
        lines,
        usage.ingressControllerVcpu(),
        usage.successfulRequestsPerSecond(),
        warnings);
  }

  private void addLoadBalancers(
      List<LoadBalancerUsage> loadBalancers, List<CostLine> lines, List<String> warnings) {
    int publicAddresses = 0;
    for (Map.Entry<String, List<LoadBalancerUsage>> kind : byKind(loadBalancers).entrySet()) {
      LoadBalancerPricing pricing = catalog.loadBalancer(kind.getKey());
      LoadBalancers group = new LoadBalancers(kind.getKey(), pricing, kind.getValue());
      group.addLines(lines);
      group.addWarnings(warnings);
      if (pricing.publicIpv4() == PublicAddresses.PER_ENABLED_ZONE) {
        publicAddresses += kind.getValue().stream().mapToInt(LoadBalancerUsage::enabledZones).sum();
      }
    }
    if (publicAddresses > 0) {
      Price address =
          catalog.require(
              catalog.publicIpv4(), "publicIpv4", publicAddresses + " public IPv4 addresses");
      lines.add(line("public-ipv4", publicAddresses * HOURS_PER_MONTH, address));
    }
  }

  private void addNodes(NodeUsage nodes, List<CostLine> lines) {
    if (nodes.count() > 0) {
      lines.add(line("nodes", nodes.count() * HOURS_PER_MONTH, catalog.node(nodes.type())));
    }
  }

  private void addCrossZoneTransfer(double bytesPerHour, List<CostLine> lines) {
    if (bytesPerHour > 0) {
      CrossZoneTransfer transfer =
          catalog.require(
              catalog.crossZoneTransfer(), "crossZoneTransfer", "bytes that cross zones");
      Price price = transfer.price();
      double billedUnitsPerHour =
          bytesPerHour / price.bytesPerUnit() * transfer.chargedAt().charges();
      lines.add(line("cross-zone-transfer", billedUnitsPerHour * HOURS_PER_MONTH, price));
    }
  }

  private void addInternetEgress(double bytesPerHour, List<CostLine> lines) {
    if (bytesPerHour > 0) {
      Price price =
          catalog.require(catalog.internetEgress(), "internetEgress", "responses to clients");
      lines.add(
          line("internet-egress", bytesPerHour / price.bytesPerUnit() * HOURS_PER_MONTH, price));
    }
  }

  private void addControlPlane(int clusters, List<CostLine> lines) {
    if (clusters > 0) {
      Price price = catalog.require(catalog.controlPlane(), "controlPlane", "the control plane");
      lines.add(line("control-plane", clusters * HOURS_PER_MONTH, price));
    }
  }

  private static Map<String, List<LoadBalancerUsage>> byKind(List<LoadBalancerUsage> all) {
    Map<String, List<LoadBalancerUsage>> byKind = new LinkedHashMap<>();
    for (LoadBalancerUsage lb : all) {
      byKind.computeIfAbsent(lb.kind(), k -> new ArrayList<>()).add(lb);
    }
    return byKind;
  }

  private static CostLine line(String item, double quantity, Price price) {
    return new CostLine(item, quantity, price.per(), price.usd());
  }

  /** The exposure's load balancers of one kind, and how that kind is billed. */
  private final class LoadBalancers {
    private final String at;
    private final LoadBalancerPricing pricing;
    private final List<LoadBalancerUsage> all;
    private final String described;

    LoadBalancers(String kind, LoadBalancerPricing pricing, List<LoadBalancerUsage> all) {
      this.at = "loadBalancers." + kind;
      this.pricing = pricing;
      this.all = all;
      this.described = all.size() + " " + pricing.label() + " load balancer(s)";
    }

    void addLines(List<CostLine> lines) {
      Price hourly = catalog.require(pricing.hourly(), at + ".hourly", described);
      if (pricing.rules().isPresent()) {
        addRuleLines(lines, hourly, pricing.rules().get());
      } else {
        lines.add(line("load-balancer-hours", all.size() * HOURS_PER_MONTH, hourly));
      }
      pricing.capacityUnit().ifPresent(unit -> addCapacityUnits(lines, unit));
      pricing.dataProcessed().ifPresent(price -> addDataProcessed(lines, price));
    }

    private void addRuleLines(List<CostLine> lines, Price hourly, RuleTier tier) {
      double baseHours;
      long extraRules;
      if (tier.scope() == RuleTier.RuleScope.REGION) {
        int rules = all.stream().mapToInt(LoadBalancerUsage::rules).sum();
        baseHours = HOURS_PER_MONTH;
        extraRules = Math.max(0, rules - tier.included());
      } else {
        baseHours = all.size() * HOURS_PER_MONTH;
        extraRules = all.stream().mapToLong(lb -> Math.max(0, lb.rules() - tier.included())).sum();
      }
      lines.add(line("load-balancer-hours", baseHours, hourly));
      if (extraRules > 0) {
        Price perRule =
            catalog.require(
                tier.additional(),
                at + ".rules.additional",
                extraRules + " rules beyond the first " + tier.included());
        lines.add(line("load-balancer-rules", extraRules * HOURS_PER_MONTH, perRule));
      }
    }

    private void addCapacityUnits(List<CostLine> lines, CapacityUnit unit) {
      double unitsPerHour = all.stream().mapToDouble(unit::unitsFor).sum();
      if (unitsPerHour > 0) {
        Price price =
            catalog.require(
                unit.hourly(), at + ".capacityUnit.hourly", described + "' capacity units");
        lines.add(line("load-balancer-capacity-units", unitsPerHour * HOURS_PER_MONTH, price));
      }
    }

    private void addDataProcessed(List<CostLine> lines, Price price) {
      double bytesPerHour =
          all.stream().mapToDouble(LoadBalancerUsage::bytesProcessedPerHour).sum();
      if (bytesPerHour > 0) {
        lines.add(
            line("data-processed", bytesPerHour / price.bytesPerUnit() * HOURS_PER_MONTH, price));
      }
    }

    void addWarnings(List<String> warnings) {
      if (pricing.quota().isEmpty()) {
        return;
      }
      Quota quota = pricing.quota().get();
      OptionalInt perRegion = quota.loadBalancersPerRegion();
      if (perRegion.isPresent() && all.size() > perRegion.getAsInt()) {
        warnings.add(
            String.format(
                "%d %ss exceed %s's default quota of %d per region (adjustable on request; %s)",
                all.size(),
                pricing.label(),
                catalog.provider().label(),
                perRegion.getAsInt(),
                quota.source()));
      }
      OptionalInt perLoadBalancer = quota.rulesPerLoadBalancer();
      if (perLoadBalancer.isPresent()) {
        for (LoadBalancerUsage lb : all) {
          if (lb.rules() > perLoadBalancer.getAsInt()) {
            warnings.add(
                String.format(
                    "%s holds %d rules, more than the %d a %s takes (%s)",
                    lb.name(),
                    lb.rules(),
                    perLoadBalancer.getAsInt(),
                    pricing.label(),
                    quota.source()));
          }
        }
      }
    }
  }
}
