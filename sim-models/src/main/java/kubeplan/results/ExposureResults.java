package kubeplan.results;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import kubeplan.scenario.ExposureSpec.ExposureType;

/**
 * Everything measured for one exposure at one point: one row of summary.csv (with the cost columns
 * derived from {@code costs}) and its rows in the other CSV files. {@code latency} is empty when no
 * measured request succeeded; {@code differences} are against the point's baseline exposure and
 * empty for the baseline itself.
 */
public record ExposureResults(
    String name,
    ExposureType type,
    Summary summary,
    Optional<LatencyResults> latency,
    List<SloCheck> sloChecks,
    List<Difference> differences,
    List<RouteResult> routes,
    List<ComponentResult> components,
    List<HopResult> hops,
    List<CostItem> costs) {
  /** Hours in the month of every monthly figure (outputs.md). */
  public static final double HOURS_PER_MONTH = 730;

  public ExposureResults {
    Checks.nonBlank("exposure name", name);
    sloChecks = List.copyOf(sloChecks);
    differences = List.copyOf(differences);
    routes = List.copyOf(routes);
    components = List.copyOf(components);
    hops = List.copyOf(hops);
    costs = List.copyOf(costs);
    Checks.unique("components of " + name, components, ComponentResult::component);
    Checks.unique("hops of " + name, hops, hop -> hop.hop().text());
    Checks.unique("cost items of " + name, costs, CostItem::item);
    Checks.unique("differences of " + name, differences, d -> d.metric().column());
  }

  /** The type as Kubernetes spells it and summary.csv writes it: {@code LoadBalancer}, … */
  public String typeName() {
    return typeName(type);
  }

  /** {@code type} as Kubernetes spells it: LoadBalancer, NodePort or Ingress. */
  public static String typeName(ExposureType type) {
    return switch (type) {
      case LOAD_BALANCER -> "LoadBalancer";
      case NODE_PORT -> "NodePort";
      case INGRESS -> "Ingress";
    };
  }

  /** {@code slo_met}: every target met at the upper end of its CI (true with no targets). */
  public boolean sloMet() {
    return sloChecks.stream().allMatch(SloCheck::met);
  }

  /** {@code cost_per_month_usd}: the sum of the cost items. */
  public double costPerMonthUsd() {
    return costs.stream().mapToDouble(CostItem::usdPerMonth).sum();
  }

  /** {@code cost_per_hour_usd}: the monthly cost over {@link #HOURS_PER_MONTH}. */
  public double costPerHourUsd() {
    return costPerMonthUsd() / HOURS_PER_MONTH;
  }

  /**
   * {@code cost_per_million_requests_usd}: monthly cost over monthly successful requests, times
   * 10⁶; empty when no request succeeded.
   */
  public OptionalDouble costPerMillionRequestsUsd() {
    double requestsPerMonth = summary.throughputRps() * HOURS_PER_MONTH * 3600;
    return requestsPerMonth > 0
        ? OptionalDouble.of(costPerMonthUsd() / requestsPerMonth * 1e6)
        : OptionalDouble.empty();
  }
}
