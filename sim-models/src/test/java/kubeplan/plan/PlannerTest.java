package kubeplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kubeplan.results.Estimate;
import org.junit.jupiter.api.Test;

class PlannerTest {
  private static final int THREADS = 2;

  /**
   * M/M/1 per replica under a uniformly random split: p99(n) = ln(100) / (mu - lambda / n) with
   * mu = 100/s, lambda = 400/s, so 7 replicas give 107.5 ms and 6 give 138.2 ms against 120 ms.
   */
  @Test
  void oneExponentialService_p99Target_findsExactlyTheFewestReplicasFromMm1() throws Exception {
    Plan plan = plan("mm1-replicas.yaml");

    ExposureOutcome lb = plan.exposures().get(0);
    Evaluation chosen = lb.chosen().orElseThrow();
    assertEquals(7, chosen.configuration().replicas().get("api"));
    Estimate p99 = chosen.results().latency().orElseThrow().p99Ms();
    assertTrue(p99.upper() <= 120, () -> "accepted above the target: " + p99);
    assertTrue(Math.abs(p99.value() - p99(7)) <= p99.ciHalfWidth() * 3.29 / 1.96,
        () -> "7 replicas should have p99 " + p99(7) + " ms within a 99.9 % CI, got " + p99);

    Evaluation sixReplicas = evaluationWith(plan, 6).orElseThrow();
    assertEquals(Verdict.MISSED, sixReplicas.verdict());
    Estimate p99AtSix = sixReplicas.results().latency().orElseThrow().p99Ms();
    assertTrue(p99AtSix.value() - p99AtSix.ciHalfWidth() > 120,
        () -> "6 replicas (p99 " + p99(6) + " ms) must miss with confidence, got " + p99AtSix);
  }

  /** The approximation is exact for M/M/1, so its guess and the value below are all simulated. */
  @Test
  void oneExponentialService_replicas1To40_simulatesTwoOfFortyScreened() throws Exception {
    Plan plan = plan("mm1-replicas.yaml");

    assertEquals(40, plan.screened());
    assertEquals(4, plan.discarded(), "1..4 replicas cannot carry 4 erlangs");
    assertEquals(List.of(7, 6), plan.evaluations().stream()
        .map(e -> e.configuration().replicas().get("api")).toList());
    assertEquals(2, plan.simulated());
  }

  @Test
  void serviceTimeAboveTarget_noneSimulated_bindingConstraintNamesServiceTimeP99()
      throws Exception {
    Plan plan = plan("slow-service.yaml");

    assertTrue(plan.cheapest().isEmpty());
    assertEquals(0, plan.simulated());
    assertEquals(plan.screened(), plan.discarded());
    // exponential(mean=30ms): p99 = 30 ms × ln(100) = 138.155 ms
    assertEquals("p99 latency cannot go below 138 ms (target 120 ms): the service time of api"
        + " alone has p99 138 ms", plan.bindingConstraint());
  }

  @Test
  void mixOfServices_bottleneckServiceTimeQuantile_boundsThePooledP99() throws Exception {
    Plan plan = plan("mixed-services.yaml");

    assertEquals(0, plan.simulated());
    assertEquals(100, plan.screened());
    // a takes 60 % of requests: p99 >= Q_a(1 - 0.01 / 0.6) = 30 ms × ln(60) = 122.83 ms
    assertEquals("p99 latency cannot go below 123 ms (target 120 ms): 60 % of requests go to a,"
        + " whose service time alone has p98.3 123 ms", plan.bindingConstraint());
  }

  @Test
  void replicaRangeBelowOfferedLoad_noneSimulated_bindingConstraintNamesCapacity()
      throws Exception {
    Plan plan = plan("too-few-replicas.yaml");

    assertTrue(plan.cheapest().isEmpty());
    assertEquals(0, plan.simulated());
    assertEquals("service api cannot keep up at 400/s: it needs at least 5 replicas with"
        + " concurrency 1, and the plan allows at most 4", plan.bindingConstraint());
    assertFalse(plan.sentence().startsWith("cheapest"));
  }

  @Test
  void feasiblePlan_sentenceNamesExposureReplicasNodesAndMonthlyCost() throws Exception {
    Plan plan = plan("mm1-replicas.yaml");
    Evaluation chosen = plan.cheapest().orElseThrow().chosen().orElseThrow();

    assertEquals("cheapest plan that meets the SLO at 400/s: lb (LoadBalancer) with api × 7"
        + " (concurrency 1) and " + chosen.nodes() + " × m6i.large at $"
        + Plan.money(chosen.costPerMonthUsd()) + "/month", plan.sentence());
    assertTrue(chosen.costPerMonthUsd() > 0);
  }

  @Test
  void frontier_cheapestFirst_eachBeatsEveryCheaperOneOnP99_everyOtherIsDominated()
      throws Exception {
    Plan plan = plan("mm1-replicas.yaml");
    List<Evaluation> frontier = plan.frontier();

    for (int i = 1; i < frontier.size(); i++) {
      assertTrue(frontier.get(i).costPerMonthUsd() > frontier.get(i - 1).costPerMonthUsd());
      assertTrue(measuredP99(frontier.get(i)) < measuredP99(frontier.get(i - 1)));
    }
    for (Evaluation other : plan.evaluations()) {
      assertTrue(frontier.stream().anyMatch(f -> f.costPerMonthUsd() <= other.costPerMonthUsd()
          && measuredP99(f) <= measuredP99(other)), () -> other + " is not dominated");
    }
    assertTrue(frontier.contains(plan.cheapest().orElseThrow().chosen().orElseThrow()));
  }

  /**
   * The Ingress's two 1-CPU controller pods cost a second node (+$70.08/month); each further
   * Service costs the LoadBalancer exposure one more load balancer (hours and public addresses),
   * so with eight Services it costs $70.45 more than the Ingress.
   */
  @Test
  void cheapestExposure_flipsFromLoadBalancerToIngress_asServicesGrowFromOneToEight()
      throws Exception {
    Plan one = plan("services-1.yaml");
    Plan eight = plan("services-8.yaml");

    assertEquals("lb", one.cheapest().orElseThrow().exposure());
    assertEquals("ingress", eight.cheapest().orElseThrow().exposure());
  }

  private static double measuredP99(Evaluation evaluation) {
    return evaluation.results().latency().orElseThrow().p99Ms().value();
  }

  private static double p99(int replicas) {
    return Math.log(100) / (100 - 400.0 / replicas) * 1e3;
  }

  private static Optional<Evaluation> evaluationWith(Plan plan, int replicas) {
    return plan.evaluations().stream()
        .filter(e -> e.configuration().replicas().get("api") == replicas).findFirst();
  }

  /**
   * Growth from 200/s to 400/s with the same target: p99(n) = ln(100) / (100 - rate / n), so the
   * fewest replicas are 4 at 200/s (92.1 ms; 3 give 138.2 ms) and 7 at 400/s.
   */
  @Test
  void growthFrom200To400PerSecond_addsReplicasFrom4To7() throws Exception {
    PlanFile read = PlanReader.read(resource("mm1-growth.yaml"));
    Growth growth = Planner.plan(read.scenario(), read.plan(), THREADS);

    assertEquals(List.of(4, 7), growth.steps().stream()
        .map(step -> step.cheapest().orElseThrow().chosen().orElseThrow())
        .map(e -> e.configuration().replicas().get("api")).toList());
    assertEquals(List.of(0, 1), growth.steps().stream().map(Plan::point).toList());
    assertTrue(growth.changes().get(0).startsWith("from 200/s to 400/s: api × 4 → 7"),
        growth.changes().get(0));
    assertEquals("", growth.bindingConstraint());
  }

  static Plan plan(String file) throws Exception {
    PlanFile read = PlanReader.read(resource(file));
    return Planner.plan(read.scenario(), read.plan(), THREADS).steps().get(0);
  }

  static Path resource(String file) throws Exception {
    return Path.of(PlannerTest.class.getResource(file).toURI());
  }
}
