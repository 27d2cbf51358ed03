package kubeplan.exposure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kubeplan.results.ComponentKind;
import kubeplan.results.ComponentResult;
import kubeplan.results.ExposureResults;
import kubeplan.results.Hop;
import kubeplan.scenario.Scenario;
import kubeplan.stats.Tolerance;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.junit.jupiter.api.Test;

/**
 * How kube-proxy's endpoint choice loads a Service's replicas, against queueing theory: a random
 * choice per request splits Poisson arrivals into Poisson streams, IPVS round robin on one node
 * turns them into Erlang-k streams, and a few keep-alive connections pin their whole load, where
 * IPVS round robin spreads them per connection.
 */
class KubeProxyBalancingTest {
  /*
   * Per-request noise constants (measurement.md's kappa) of the mean waiting time at load 0.5,
   * measured once from 300 runs of 200,000 customers of the Lindley recursion: 5.32 for M/M/1 and
   * 5.57 for E3/M/1, rounded up to cover the 4 % error of that measurement.
   */
  private static final double KAPPA_MM1_WAIT = 5.5;
  private static final double KAPPA_E3M1_WAIT = 5.8;
  /** measurement.md: the M/M/1 mean response at load 0.5. */
  private static final double KAPPA_MM1_RESPONSE = 3.6;
  /**
   * The busy time of a pod over a window is a compound Poisson sum of exponential demands: its
   * relative variance is (1 + cv²) / N = 2 / N for N requests.
   */
  private static final double KAPPA_UTILISATION = Math.sqrt(2);

  private static final double LAMBDA = 1500;
  private static final double MU = 1000;
  private static final int REPLICAS = 3;

  @Test
  void iptablesOverThreeReplicas_givesEachReplicaAnMm1Queue() throws Exception {
    Scenario scenario = ScenarioRuns.points("three-replicas-ideal.yaml").get(0);
    ExposureResults nodePort = ScenarioRuns.results(scenario).exposures().get(0);
    long n = ScenarioRuns.succeeded(nodePort, scenario);
    double perPod = LAMBDA / REPLICAS;
    double response = 1 / (MU - perPod);
    assertEquals(response * 1e3, nodePort.latency().orElseThrow().meanMs().value(),
        response * 1e3 * Tolerance.relative(KAPPA_MM1_RESPONSE, n));
    double wait = perPod / MU / (MU - perPod);
    List<ComponentResult> pods = pods(nodePort);
    assertEquals(REPLICAS, pods.size());
    for (ComponentResult pod : pods) {
      assertEquals(wait * 1e3, pod.meanWaitMs().orElseThrow(),
          wait * 1e3 * Tolerance.relative(KAPPA_MM1_WAIT, n / REPLICAS), pod.component());
    }
  }

  @Test
  void ipvsRoundRobinOverThreeReplicas_givesEachReplicaAnE3M1Queue() throws Exception {
    Scenario scenario = ScenarioRuns.points("three-replicas-ideal.yaml").get(1);
    ExposureResults nodePort = ScenarioRuns.results(scenario).exposures().get(0);
    long n = ScenarioRuns.succeeded(nodePort, scenario);
    // GI/M/1: the wait is sigma / (mu (1 - sigma)), sigma the root in (0, 1) of
    // sigma = A*(mu (1 - sigma)), A* the LST of the interarrival time. Every third request of a
    // Poisson stream of rate lambda is Erlang-3 with phases of rate lambda: A*(s) = (lambda /
    // (lambda + s))^3.
    double sigma = new BrentSolver(1e-14).solve(100,
        s -> Math.pow(LAMBDA / (LAMBDA + MU * (1 - s)), REPLICAS) - s, 0, 1 - 1e-9);
    double wait = sigma / (MU * (1 - sigma));
    assertEquals(wait * 1e3, ScenarioRuns.hop(nodePort, Hop.POD_QUEUE).meanMs(),
        wait * 1e3 * Tolerance.relative(KAPPA_E3M1_WAIT, n));
    for (ComponentResult pod : pods(nodePort)) {
      assertEquals(wait * 1e3, pod.meanWaitMs().orElseThrow(),
          wait * 1e3 * Tolerance.relative(KAPPA_E3M1_WAIT, n / REPLICAS), pod.component());
    }
  }

  @Test
  void manyClients_overThreePods_loadThemEvenly() throws Exception {
    Scenario scenario = ScenarioRuns.points("keep-alive-clients.yaml").get(0);
    ExposureResults nodePort = ScenarioRuns.results(scenario).exposures().get(0);
    long n = ScenarioRuns.succeeded(nodePort, scenario);
    double utilisation = 600.0 / REPLICAS / MU;
    for (ComponentResult pod : pods(nodePort)) {
      assertEquals(utilisation, pod.utilization().orElseThrow(),
          utilisation * Tolerance.relative(KAPPA_UTILISATION, n / REPLICAS), pod.component());
    }
  }

  @Test
  void twoKeepAliveClients_overThreePods_leaveOneIdleAndLoadTheOthersByConnection()
      throws Exception {
    // Each client's connection stays on the pod kube-proxy picked for its first request, so in
    // each replication a pod carries the load of 0, 1 or 2 of the two clients, and one pod at
    // least gets no request at all.
    double perClient = 600.0 / 2 / MU;
    for (ScenarioRuns.PodLoads loads : ScenarioRuns.podLoads("keep-alive-clients.yaml", 1)) {
      long n = loads.served();
      List<Double> utilisations = loads.utilisations().stream().sorted().toList();
      assertEquals(REPLICAS, utilisations.size());
      assertEquals(0, utilisations.get(0));
      long pinned = 0;
      for (double u : utilisations) {
        long clients = Math.round(u / perClient);
        double tolerance = clients * perClient
            * Tolerance.relative(KAPPA_UTILISATION, Math.max(1, clients * n / 2));
        assertEquals(clients * perClient, u, tolerance, () -> "utilisations " + utilisations);
        pinned += clients;
      }
      assertEquals(2, pinned, () -> "utilisations " + utilisations);
    }
  }

  @Test
  void ipvsRoundRobin_threeKeepAliveClientsOnOneNode_giveEachPodOneClientsConnection()
      throws Exception {
    // Round robin schedules each client's connection when it opens, so in every replication the
    // three connections take the three pods in turn and each pod carries one client's load: a
    // third of the Poisson arrivals, utilisation 600 / 3 / mu = 0.2. Round robin moved on per
    // request would put two clients on one pod, and leave one idle, in most replications.
    double utilisation = 600.0 / REPLICAS / MU;
    for (ScenarioRuns.PodLoads loads : ScenarioRuns.podLoads("ipvs-keep-alive-clients.yaml", 0)) {
      assertEquals(REPLICAS, loads.utilisations().size());
      for (double u : loads.utilisations()) {
        assertEquals(utilisation, u,
            utilisation * Tolerance.relative(KAPPA_UTILISATION, loads.served() / REPLICAS),
            () -> "utilisations " + loads.utilisations());
      }
    }
  }

  private static List<ComponentResult> pods(ExposureResults exposure) {
    return exposure.components().stream().filter(c -> c.kind() == ComponentKind.POD).toList();
  }
}
