package kubeplan.plan;

import static kubeplan.plan.PlannerTest.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import kubeplan.exposure.PointModel;
import kubeplan.exposure.ReplicationOutcome;
import kubeplan.results.CostItem;
import kubeplan.results.Estimate;
import kubeplan.results.ExposureResults;
import kubeplan.results.Slo;
import kubeplan.routing.KubeProxyMode;
import kubeplan.routing.TrafficPolicy;
import kubeplan.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The categorical decision variables: node type and count, traffic policy, kube-proxy mode. */
class PlanVariablesTest {
  /** Cent: the tolerance of a monthly price computed from list prices with two decimals. */
  private static final double CENT = 0.005;

  /** 99.9 % over 95 %: a measured value lies within this many CI half-widths of the truth. */
  private static final double WIDE = 3.29 / 1.96;

  @Test
  void biggerNodeTypeCheaperPerPod_planPicksItOnOneNode_andNeverSimulatesTheSmallerType()
      throws Exception {
    Plan plan = plan("node-types.yaml");
    Evaluation chosen = plan.cheapest().orElseThrow().chosen().orElseThrow();

    assertEquals("m6i.xlarge", chosen.configuration().nodeType());
    assertEquals(1, chosen.nodes());
    // one m6i.xlarge at $0.192/h for 730 h; three m6i.large would be 3 × $70.08 = $210.24
    assertEquals(140.16, cost(chosen, "nodes"), CENT);
    assertEquals(73.00, cost(chosen, "control-plane"), CENT);
    assertEquals(1, plan.simulated(), "m6i.large's bound $283.24 exceeds the plan's cost");
    assertEquals(2, plan.screened());
    assertTrue(plan.sentence().contains("and 1 × m6i.xlarge at $"), plan.sentence());
  }

  @Test
  void nodeCountMaximum_configurationNeedingMoreNodes_discardedByTheBound() throws Exception {
    Plan plan = plan("node-limit.yaml");
    Evaluation chosen = plan.cheapest().orElseThrow().chosen().orElseThrow();

    assertEquals(6, plan.screened(), "2 node types × 3 replica counts");
    assertEquals(1, plan.discarded(), "3 pods of 1200m need 3 × m6i.large (1930m each)");
    assertEquals("m6i.large", chosen.configuration().nodeType());
    assertEquals(1, chosen.configuration().replicas().get("api"));
    assertEquals(70.08, cost(chosen, "nodes"), CENT);
  }

  @Test
  void nodeCountMaximumBelowEveryConfiguration_noneSimulated_reasonNamesTheNodeLimit()
      throws Exception {
    Plan plan = plan("node-limit-too-small.yaml");

    assertTrue(plan.cheapest().isEmpty());
    assertEquals(0, plan.simulated());
    assertEquals(plan.screened(), plan.discarded());
    assertEquals("the fewest pods that keep up (api × 3) need at least 3 × m6i.large by their"
        + " requests, and plan.nodes.count allows at most 2", plan.bindingConstraint());
  }

  /**
   * Under Cluster two requests in three cross a zone and so do their responses; under Local none
   * does. Both simulate the same requests (common random numbers), so the plans differ by exactly
   * Cluster's cross-zone transfer.
   */
  @Test
  void externalTrafficPolicyLocal_sameSloWithoutCrossZoneTransfer_chosenAsCheaper()
      throws Exception {
    Plan plan = plan("local-saves-transfer.yaml");
    Evaluation chosen = plan.cheapest().orElseThrow().chosen().orElseThrow();
    Evaluation cluster = withPolicy(plan, TrafficPolicy.CLUSTER).orElseThrow();

    assertEquals(Optional.of(TrafficPolicy.LOCAL), chosen.configuration().externalTrafficPolicy());
    assertEquals(Verdict.MET, cluster.verdict());
    assertEquals(0, cost(chosen, "cross-zone-transfer"));
    double transfer = cost(cluster, "cross-zone-transfer");
    assertTrue(transfer > 0);
    assertEquals(cluster.costPerMonthUsd() - transfer, chosen.costPerMonthUsd(), CENT);
    assertTrue(plan.sentence().contains("externalTrafficPolicy Local"), plan.sentence());
  }

  /**
   * NodePort clients pick one of the four nodes at random; under Local only the two holding an
   * api pod answer, so the error rate is 1 − 2/4 (the nodes' share without a pod).
   */
  @Test
  void nodePortLocal_nodesWithoutPodFailRequests_rejectedForItsErrorRate() throws Exception {
    Plan plan = plan("node-port-local.yaml");
    Evaluation chosen = plan.cheapest().orElseThrow().chosen().orElseThrow();
    Evaluation local = withPolicy(plan, TrafficPolicy.LOCAL).orElseThrow();

    assertEquals(Optional.of(TrafficPolicy.CLUSTER), chosen.configuration().externalTrafficPolicy());
    assertEquals(4, chosen.nodes());
    assertEquals(Verdict.MISSED, local.verdict());
    double errors = local.results().summary().errors().total();
    double requests = local.results().summary().offeredRps() * 3 * 2;
    double tolerance = 3.29 * Math.sqrt(0.5 * 0.5 / requests);
    assertEquals(0.5, errors, tolerance);
  }

  /** At 30,000 Services iptables' first-packet cost (p99 720 us) pushes p99 over 1.9 ms. */
  @Test
  void manyServicesConnectionPerRequest_ipvsMeetsTightP99_iptablesMissesIt() throws Exception {
    Plan plan = plan("kube-proxy-services.yaml");
    Evaluation chosen = plan.cheapest().orElseThrow().chosen().orElseThrow();
    Evaluation iptables = plan.evaluations().stream()
        .filter(e -> e.configuration().kubeProxy().equals(Optional.of(KubeProxyMode.IPTABLES)))
        .findFirst().orElseThrow();

    assertEquals(Optional.of(KubeProxyMode.IPVS), chosen.configuration().kubeProxy());
    assertEquals(Verdict.MISSED, iptables.verdict());
    Estimate p99 = iptables.results().latency().orElseThrow().p99Ms();
    assertTrue(p99.value() - p99.ciHalfWidth() > 1.9, () -> "iptables p99 " + p99);
    assertEquals(List.of(KubeProxyMode.IPTABLES, KubeProxyMode.IPVS), plan.evaluations().stream()
        .map(e -> e.configuration().kubeProxy().orElseThrow()).toList());
  }

  @Test
  void otherNodeTypeSamePlacement_pricedFromTheSameReplications_asItsOwnSimulationWouldBe()
      throws Exception {
    PlanFile read = PlanReader.read(PlannerTest.resource("same-placement.yaml"));
    Plan plan = Planner.plan(read.scenario(), read.plan(), 2).steps().get(0);
    Evaluation priced = plan.evaluations().get(1);
    Scenario variant = Variants.of(read.scenario(), priced.configuration(),
        OptionalInt.of(priced.nodes()), plan.ratePerSecond());
    PointModel model = PointModel.of(variant);
    List<List<ReplicationOutcome>> runs = List.of(model.replicate(variant.seed(), 0),
        model.replicate(variant.seed(), 1));
    ExposureResults simulated = model.results(0, List.of(), runs,
        Slo.of(variant.slo()).targets()).exposures().get(0);

    assertEquals(List.of("m6i.large", "m5.large"), plan.evaluations().stream()
        .map(e -> e.configuration().nodeType()).toList());
    assertEquals(1, plan.simulated());
    assertFalse(priced.simulated());
    assertEquals(simulated.latency().orElseThrow().p99Ms(),
        priced.results().latency().orElseThrow().p99Ms());
    assertEquals(simulated.costs(), priced.results().costs());
  }

  @Test
  void growthFrom50To200PerSecond_threeBigPods_switchesNodesToTheBiggerType() throws Exception {
    PlanFile read = PlanReader.read(PlannerTest.resource("node-growth.yaml"));
    Growth growth = Planner.plan(read.scenario(), read.plan(), 2);

    assertEquals(List.of("from 50/s to 200/s: api × 1 → 3, switch nodes from 1 × m6i.large to"
        + " 1 × m6i.xlarge"), growth.changes());
  }

  private static double cost(Evaluation evaluation, String item) {
    return evaluation.results().costs().stream().filter(c -> c.item().equals(item))
        .mapToDouble(CostItem::usdPerMonth).sum();
  }

  private static Optional<Evaluation> withPolicy(Plan plan, TrafficPolicy policy) {
    return plan.evaluations().stream()
        .filter(e -> e.configuration().externalTrafficPolicy().equals(Optional.of(policy)))
        .findFirst();
  }
}
