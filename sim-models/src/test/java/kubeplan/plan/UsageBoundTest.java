package kubeplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kubeplan.exposure.PointModel;
import kubeplan.random.Constant;
import kubeplan.random.Distribution;
import kubeplan.results.CostItem;
import kubeplan.routing.KubeProxyMode;
import kubeplan.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The usage-priced part of the planner's lower bound on a configuration's monthly cost. */
class UsageBoundTest {
  /** Cent: the tolerance of a monthly price computed from list prices with two decimals. */
  private static final double CENT = 0.005;

  /**
   * 100 req/s to one service, error budget e = 1 %, 2 replications of 10 s: the allowance is
   * a = 4 × 1.01 × √(100 / 20) = 9.0337 req/s, so the bound counts 100 − 1 − 9.0337 = 89.9663
   * requests a second. Egress: 89.9663 × 16,384 B × 3,600 × 730 / 10⁹ GB × $0.09 = $348.63.
   * NLB: 89.9663 × (1,024 + 16,384) B × 3,600 / 10⁹ = 5.638 NLCU × $0.006 × 730 = $24.69.
   */
  @Test
  void oneServiceConstantSizes_termsEqualHandComputedFigures_belowTheAcceptedPlansCost()
      throws Exception {
    PlanFile read = PlanReader.read(PlannerTest.resource("usage-bound.yaml"));
    Scenario scenario = read.scenario();
    UsageBound bound = UsageBound.of(scenario, scenario.exposures().get(0), 100, 0.01, 2,
        PointModel.catalog(scenario));
    Evaluation chosen = PlannerTest.plan("usage-bound.yaml").cheapest().orElseThrow().chosen()
        .orElseThrow();

    assertEquals(348.63, bound.internetEgressUsd(), CENT);
    assertEquals(24.69, bound.loadBalancerUsd(), CENT);
    assertEquals(Verdict.MET, chosen.verdict());
    assertTrue(bound.internetEgressUsd() <= cost(chosen, "internet-egress"),
        () -> "egress " + cost(chosen, "internet-egress"));
    assertTrue(bound.loadBalancerUsd() <= cost(chosen, "load-balancer-capacity-units"),
        () -> "NLCUs " + cost(chosen, "load-balancer-capacity-units"));
    assertTrue(cost(chosen, "nodes") + fixed(chosen) + bound.usdPerMonth()
        <= chosen.costPerMonthUsd());
  }

  /** Without an error target every request may fail, and a failed one sends nothing out. */
  @Test
  void noErrorTarget_everyRequestMayFail_boundIsZero() throws Exception {
    Scenario scenario = PlanReader.read(PlannerTest.resource("usage-bound.yaml")).scenario();

    UsageBound bound = UsageBound.of(scenario, scenario.exposures().get(0), 100, 1, 2,
        PointModel.catalog(scenario));

    assertEquals(new UsageBound(0, 0), bound);
  }

  /** A constant size's capped moments are exact: the size, or the cap below it. */
  @Test
  void cappedMoments_constantSize_areTheSizeUpToTheCap() {
    Distribution size = new Constant(16_384);

    assertEquals(16_384, UsageBound.cappedMean(size, 20_000));
    assertEquals(4_096, UsageBound.cappedMean(size, 4_096));
    assertEquals(16_384.0 * 16_384, UsageBound.cappedSquareAbove(size, 20_000));
  }

  /**
   * Concurrency 1 needs two one-pod nodes, concurrency 4 one: the node bound alone ($140.16 +
   * fixed) never exceeds the one-node plan's cost, but with the usage bound it does, so the
   * concurrency-1 branches are skipped; the answer is the cheapest of the four branches each
   * planned alone (one monotone variable: each branch's answer is its exact minimum).
   */
  @Test
  void usageBound_skipsTheTwoNodeBranches_sameAnswerAsEveryBranchPlannedAlone() throws Exception {
    PlanFile read = PlanReader.read(PlannerTest.resource("usage-bound.yaml"));
    PlanSpec spec = read.plan();
    Plan searched = PlannerTest.plan("usage-bound.yaml");
    Evaluation chosen = searched.cheapest().orElseThrow().chosen().orElseThrow();
    List<Evaluation> alone = new ArrayList<>();
    int simulatedAlone = 0;
    for (int workers : List.of(1, 4)) {
      for (KubeProxyMode mode : spec.kubeProxyModes()) {
        ServiceChoices api = spec.services().get(0);
        PlanSpec branch = new PlanSpec(spec.ratesPerSecond(), spec.exposures(),
            List.of(new ServiceChoices(api.service(), api.replicas(), List.of(workers))),
            spec.controllerReplicas(), spec.nodeTypes(), spec.nodeCount(),
            spec.externalTrafficPolicies(), List.of(mode), spec.replications(),
            spec.maxReplications());
        Plan plan = Planner.plan(read.scenario(), branch, 2).steps().get(0);
        simulatedAlone += plan.simulated();
        plan.cheapest().flatMap(ExposureOutcome::chosen).ifPresent(alone::add);
      }
    }
    Evaluation exhaustive = alone.stream()
        .min(Comparator.comparingDouble(Evaluation::costPerMonthUsd)).orElseThrow();

    assertEquals(exhaustive.configuration(), chosen.configuration());
    assertEquals(exhaustive.costPerMonthUsd(), chosen.costPerMonthUsd());
    assertTrue(2 * 70.08 + fixed(chosen) < chosen.costPerMonthUsd(),
        "the node bound alone skips nothing");
    assertTrue(searched.evaluations().stream()
        .allMatch(e -> e.configuration().concurrency().get("api") == 4));
    assertEquals(2, searched.simulated());
    assertEquals(4, simulatedAlone);
  }

  private static double fixed(Evaluation evaluation) {
    return cost(evaluation, "load-balancer-hours") + cost(evaluation, "control-plane");
  }

  private static double cost(Evaluation evaluation, String item) {
    return evaluation.results().costs().stream().filter(c -> c.item().equals(item))
        .mapToDouble(CostItem::usdPerMonth).sum();
  }
}
