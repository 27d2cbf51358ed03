package kubeplan.exposure;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    double utilisation = 600.0 / NODES / MU;
    for (ScenarioRuns.PodLoads loads : ScenarioRuns.podLoads("nodeport-round-robin-clients.yaml", 0)) {
      assertEquals(NODES, loads.utilisations().size());
      for (double u : loads.utilisations()) {
        assertEquals(utilisation, u,
            utilisation * Tolerance.relative(KAPPA_UTILISATION, loads.served() / NODES),
            () -> "utilisations " + loads.utilisations());
      }
    }
  }
}
