package kubeplan.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import kubeplan.results.ComponentKind;
import kubeplan.results.ExposureResults;
import kubeplan.results.LatencyResults;

/**
 * The planner's answer: per exposure its cheapest configuration that meets the SLO (or why none
 * does), the cheapest of them, and every configuration simulated on the way.
 *
 * @param scenario the scenario's name
 * @param point the index of its rate among the plan's rates (0 for a plan of one rate)
 * @param ratePerSecond the arrival rate planned for
 * @param exposures one outcome per exposure considered, in the plan's order
 * @param evaluations every configuration simulated, in the order simulated
 */
public record Plan(
    String scenario,
    int point,
    double ratePerSecond,
    List<ExposureOutcome> exposures,
    List<Evaluation> evaluations) {
  public Plan {
    Objects.requireNonNull(scenario, "scenario");
    if (point < 0) {
      throw new IllegalArgumentException("point cannot be negative: " + point);
    }
    exposures = List.copyOf(exposures);
    evaluations = List.copyOf(evaluations);
  }

  /** The exposure whose chosen configuration costs least; empty when none meets the SLO. */
  public Optional<ExposureOutcome> cheapest() {
    return exposures.stream().filter(e -> e.chosen().isPresent())
        .min(Comparator.comparingDouble(e -> e.chosen().orElseThrow().costPerMonthUsd()));
  }

  /** Configurations judged by the analytic screen, over all exposures. */
  public long screened() {
    return exposures.stream().mapToLong(ExposureOutcome::screened).sum();
  }

  /** Configurations the bounds ruled out without simulation, over all exposures. */
  public long discarded() {
    return exposures.stream().mapToLong(ExposureOutcome::discarded).sum();
  }

  /** Distinct configurations simulated, over all exposures. */
  public int simulated() {
    return (int) evaluations.stream().filter(Evaluation::simulated).count();
  }

  /**
   * "cheapest plan that meets the SLO: ingress (Ingress) with checkout × 6 (concurrency 4), 2
   * controller replicas and 3 × m6i.large at $… /month; lb (LoadBalancer) costs $… more".
   */
  public String sentence() {
    Optional<ExposureOutcome> cheapest = cheapest();
    if (cheapest.isEmpty()) {
      return "no configuration meets the SLO: " + bindingConstraint();
    }
    Evaluation best = cheapest.get().chosen().orElseThrow();
    List<String> parts = new ArrayList<>();
    parts.add("cheapest plan that meets the SLO at " + number(ratePerSecond) + "/s: "
        + cheapest.get().exposure() + " (" + cheapest.get().type() + ") with "
        + best.configuration().describe() + " and " + best.nodes() + " × "
        + best.configuration().nodeType() + " at $"
        + money(best.costPerMonthUsd()) + "/month");
    for (ExposureOutcome other : exposures) {
      if (other == cheapest.get()) {
        continue;
      }
      parts.add(other.chosen()
          .map(e -> other.exposure() + " (" + other.type() + ") costs $"
              + money(e.costPerMonthUsd() - best.costPerMonthUsd()) + " more")
          .orElseGet(() -> other.exposure() + " (" + other.type() + ") cannot meet it: "
              + other.reason().orElseThrow()));
    }
    return String.join("; ", parts);
  }

  /**
   * Why nothing meets the SLO: the reason shared by every exposure, or each exposure's own;
   * empty when some exposure has a plan.
   */
  public String bindingConstraint() {
    if (cheapest().isPresent()) {
      return "";
    }
    List<String> reasons = exposures.stream().map(e -> e.reason().orElseThrow()).distinct()
        .toList();
    if (reasons.size() == 1) {
      return reasons.get(0);
    }
    return exposures.stream().map(e -> e.exposure() + ": " + e.reason().orElseThrow())
        .collect(Collectors.joining("; "));
  }

  /**
   * The Pareto frontier of cost against p99 over every configuration simulated, cheapest first:
   * each one has a lower p99 than every cheaper one, and every configuration left out costs at
   * least as much as one on the frontier with a p99 no higher.
   */
  public List<Evaluation> frontier() {
    List<Evaluation> sorted = evaluations.stream()
        .filter(e -> e.results().latency().isPresent())
        .sorted(Comparator.comparingDouble(Evaluation::costPerMonthUsd)
            .thenComparingDouble(Plan::p99))
        .toList();
    List<Evaluation> frontier = new ArrayList<>();
    for (Evaluation evaluation : sorted) {
      if (frontier.isEmpty() || p99(evaluation) < p99(frontier.get(frontier.size() - 1))) {
        frontier.add(evaluation);
      }
    }
    return frontier;
  }

  /** The rows of frontier.csv, cheapest first. */
  public List<FrontierRow> frontierRows() {
    List<FrontierRow> rows = new ArrayList<>();
    for (Evaluation evaluation : frontier()) {
      Configuration configuration = evaluation.configuration();
      ExposureResults results = evaluation.results();
      rows.add(new FrontierRow(scenario, point, configuration.exposure(), results.typeName(),
          pairs(configuration.replicas()), pairs(configuration.concurrency()),
          configuration.controllerReplicas(), evaluation.nodes(), configuration.nodeType(),
          policy(configuration), kubeProxy(configuration), evaluation.costPerMonthUsd(),
          p99(evaluation), results.latency().orElseThrow().p99Ms().ciHalfWidth(),
          evaluation.verdict().met()));
    }
    return rows;
  }

  private static double p99(Evaluation evaluation) {
    return evaluation.results().latency().orElseThrow().p99Ms().value();
  }

  /** The rows of plan.csv, one per exposure. */
  public List<PlanRow> rows() {
    Optional<ExposureOutcome> cheapest = cheapest();
    List<PlanRow> rows = new ArrayList<>();
    for (ExposureOutcome outcome : exposures) {
      Optional<Evaluation> chosen = outcome.chosen();
      Optional<LatencyResults> latency = chosen.flatMap(e -> e.results().latency());
      rows.add(new PlanRow(scenario, point, outcome.exposure(), outcome.type(), ratePerSecond,
          chosen.isPresent(), cheapest.map(c -> c == outcome).orElse(false),
          chosen.map(e -> pairs(e.configuration().replicas())).orElse(""),
          chosen.map(e -> pairs(e.configuration().concurrency())).orElse(""),
          chosen.map(e -> e.configuration().controllerReplicas()).orElse(OptionalInt.empty()),
          chosen.map(e -> OptionalInt.of(e.nodes())).orElse(OptionalInt.empty()),
          chosen.map(e -> e.configuration().nodeType()).orElse(""),
          chosen.map(e -> policy(e.configuration())).orElse(""),
          chosen.map(e -> kubeProxy(e.configuration())).orElse(""),
          optional(chosen.map(Evaluation::costPerMonthUsd)),
          optional(latency.map(l -> l.p50Ms().value())),
          optional(latency.map(l -> l.p50Ms().ciHalfWidth())),
          optional(latency.map(l -> l.p99Ms().value())),
          optional(latency.map(l -> l.p99Ms().ciHalfWidth())),
          optional(chosen.map(e -> e.results().summary().errors().total())),
          chosen.map(e -> busiest(e.results(), ComponentKind.POD)).orElse(OptionalDouble.empty()),
          chosen.map(e -> busiest(e.results(), ComponentKind.INGRESS_CONTROLLER))
              .orElse(OptionalDouble.empty()),
          chosen.map(e -> OptionalInt.of(e.replications())).orElse(OptionalInt.empty()),
          outcome.screened(), outcome.discarded(), outcome.simulated(), outcome.reason()));
    }
    return rows;
  }

  private static OptionalDouble busiest(ExposureResults results, ComponentKind kind) {
    return results.components().stream()
        .filter(c -> c.kind() == kind && c.utilization().isPresent())
        .mapToDouble(c -> c.utilization().getAsDouble()).max();
  }

  private static OptionalDouble optional(Optional<Double> value) {
    return value.map(OptionalDouble::of).orElse(OptionalDouble.empty());
  }

  private static String policy(Configuration configuration) {
    return configuration.externalTrafficPolicy().map(Configuration::policyName).orElse("");
  }

  private static String kubeProxy(Configuration configuration) {
    return configuration.kubeProxy().map(Configuration::modeName).orElse("");
  }

  private static String pairs(Map<String, Integer> values) {
    return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(" "));
  }

  /** A number for a sentence: three significant digits, no exponent, no trailing zeros. */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return new BigDecimal(value).round(new MathContext(3))
        .stripTrailingZeros().toPlainString();
  }

  /** A share for a sentence, e.g. {@code 60 %}. */
  static String percent(double share) {
    return number(share * 100) + " %";
  }

  /** Dollars with cents and thousands unseparated, e.g. {@code 412.17}. */
  static String money(double usd) {
    return String.format(Locale.ROOT, "%.2f", usd);
  }
}
