package kubeplan.exposure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kubeplan.results.ComponentKind;
import kubeplan.scenario.Scenario;
import kubeplan.stats.Tolerance;
import org.junit.jupiter.api.Test;

class ClientNodeSelectionTest {
  /*
   * A pod's busy fraction over a replication is a mean of its busy time over the window; with
   * exponential service and Poisson arrivals its relative spread is about sqrt(2 / n) for n
   * requests served (compound Poisson: E[S^2] / E[S]^2 = 2), so kappa = sqrt(2).
   */
  private static final double KAPPA_UTILISATION = Math.sqrt(2);
  private static final double MU = 1000;
  private static final int NODES = 3;

  @Test
  void roundRobin_keepAliveClients_eachConnectionTakesTheNextNode_andKeepsIt() throws Exception {
    // Under externalTrafficPolicy: Local a request is served on the node it entered, one pod per
    // node. Each client's connection picks the next node when it opens and keeps it, so in every
    // replication each pod carries exactly one client's third of the Poisson arrivals:
    // utilisation 600 / 3 / mu = 0.2. Round robin moved on per request would put two clients on
    // one node, and leave another idle, in most replications.
    Scenario scenario = ScenarioRuns.points("nodeport-round-robin-clients.yaml").get(0);
    PointModel model = PointModel.of(scenario);
    double utilisation = 600.0 / NODES / MU;
    for (List<ReplicationOutcome> replication : ScenarioRuns.replicate(model, scenario)) {
      ReplicationOutcome outcome = replication.get(0);
      long n = outcome.requests().succeeded;
      List<Double> utilisations = outcome.stations().stream()
          .filter(station -> station.kind() == ComponentKind.POD)
          .map(station -> station.statistics().utilisation()).toList();
      assertEquals(NODES, utilisations.size());
      for (double u : utilisations) {
        assertEquals(utilisation, u,
            utilisation * Tolerance.relative(KAPPA_UTILISATION, n / NODES),
            () -> "utilisations " + utilisations);
      }
    }
  }
}
