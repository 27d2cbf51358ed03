package kubeplan.exposure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import kubeplan.results.ComponentResult;
import kubeplan.results.ExposureResults;
import kubeplan.results.PointResults;
import kubeplan.scenario.Scenario;
import kubeplan.stats.Tolerance;
import org.junit.jupiter.api.Test;

/**
 * Requests that fail inside the cluster — a pod's 503, a call dropped for want of a local
 * endpoint, which the client gives up on at its timeout — fail alone, whichever way they came in:
 * the failure frees what the request held on the way, such as its ingress controller connection.
 */
class FailuresInTheClusterTest {
  @Test
  void podWithoutWaitingRoom_rejectsErlangsLossShare_behindEveryExposure() throws Exception {
    // Two M/M/1/1 at rho = 1: an arrival finds its pod busy with probability rho / (1 + rho).
    // Were rejections to keep their controller connection, the controller would soon hold one
    // request at a time and turn away 2/3 of them.
    Scenario scenario = ScenarioRuns.points("no-waiting-room.yaml").get(0);
    PointResults point = ScenarioRuns.results(scenario);
    double loss = 1.0 / 2;
    for (ExposureResults exposure : point.exposures()) {
      long n = measured(exposure, scenario);
      assertEquals(loss, exposure.summary().errors().rejected(), Tolerance.proportion(loss, n),
          exposure.name());
      assertEquals(exposure.summary().errors().rejected(), exposure.summary().errors().total(),
          exposure.name());
    }
  }

  @Test
  void callWithoutLocalEndpoint_timesOutAlone_andFreesItsControllerConnectionThen()
      throws Exception {
    // Half of the requests reach the frontend pod without a backend pod on its node; kube-proxy
    // drops their calls, so the client times out. Were those requests to keep their controller
    // connection after the timeout, the controller would fill up within 64 of them and turn away
    // every request after.
    Scenario scenario = ScenarioRuns.points("local-callee.yaml").get(0);
    ExposureResults ingress = ScenarioRuns.results(scenario).exposures().get(0);
    assertEquals(2, ingress.components().stream().filter(c -> c.component()
        .startsWith("pod/frontend/")).map(ComponentResult::node).distinct().count());
    assertEquals(1, ingress.components().stream()
        .filter(c -> c.component().startsWith("pod/backend/")).count());
    long n = measured(ingress, scenario);
    double unanswered = 1.0 / 2;
    assertEquals(unanswered, ingress.summary().errors().timeout(),
        Tolerance.proportion(unanswered, n));
    assertEquals(ingress.summary().errors().timeout(), ingress.summary().errors().total());
  }

  @Test
  void callWithoutLocalEndpoint_holdsItsCallersWorkerUntilTheClientTimesOut() throws Exception {
    // The frontend pod without a local backend gets 1000/2 = 500 requests/s; each holds a worker
    // from its arrival (the ideal network and a zero-cost controller take no time) until the
    // client's 50 ms timeout. Its busy workers are then the M/D/inf occupancy, Poisson(lambda T)
    // at any time: by Little's law 500/s x 50 ms = 25 of its 64 workers. The time average of
    // that occupancy over a window of D seconds has variance lambda T^2 / D.
    Scenario scenario = ScenarioRuns.points("local-callee.yaml").get(0);
    ExposureResults ingress = ScenarioRuns.results(scenario).exposures().get(0);
    String backendNode = ingress.components().stream()
        .filter(c -> c.component().startsWith("pod/backend/")).findFirst().orElseThrow()
        .node().orElseThrow();
    ComponentResult alone = ingress.components().stream()
        .filter(c -> c.component().startsWith("pod/frontend/")
            && !c.node().orElseThrow().equals(backendNode))
        .findFirst().orElseThrow();
    double rate = 500;
    double timeout = scenario.workload().timeout().toNanos() / 1e9;
    int workers = 64;
    double window = scenario.run().replications() * scenario.run().duration().toNanos() / 1e9;
    assertEquals(rate * timeout / workers, alone.utilization().orElseThrow(),
        Tolerance.Z * Math.sqrt(rate * timeout * timeout / window) / workers);
  }

  private static long measured(ExposureResults exposure, Scenario scenario) {
    return Math.round(exposure.summary().offeredRps() * exposure.summary().replications()
        * scenario.run().duration().toNanos() / 1e9);
  }
}
