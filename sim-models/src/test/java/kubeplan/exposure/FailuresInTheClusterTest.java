package kubeplan.exposure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import kubeplan.results.ComponentResult;
import kubeplan.results.ExposureResults;
import kubeplan.results.PointResults;
import kubeplan.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Requests that fail inside the cluster — a pod's 503, a call dropped for want of a local
 * endpoint — fail alone, whichever way they came in: the error goes back the way the request came
 * and frees what it held on the way, such as its ingress controller connection.
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
      assertEquals(loss, exposure.summary().errors().rejected(), Tolerances.proportion(loss, n),
          exposure.name());
      assertEquals(exposure.summary().errors().rejected(), exposure.summary().errors().total(),
          exposure.name());
    }
  }

  @Test
  void callDroppedByLocalInternalTrafficPolicy_failsAloneBehindAnIngressController()
      throws Exception {
    // Half of the requests reach the frontend pod without a backend pod on its node. Were dropped
    // calls to keep their controller connection, the controller would fill up within 64 drops
    // and turn away every request after.
    Scenario scenario = ScenarioRuns.points("local-callee.yaml").get(0);
    ExposureResults ingress = ScenarioRuns.results(scenario).exposures().get(0);
    assertEquals(2, ingress.components().stream().filter(c -> c.component()
        .startsWith("pod/frontend/")).map(ComponentResult::node).distinct().count());
    assertEquals(1, ingress.components().stream()
        .filter(c -> c.component().startsWith("pod/backend/")).count());
    long n = measured(ingress, scenario);
    double dropped = 1.0 / 2;
    assertEquals(dropped, ingress.summary().errors().dropped(), Tolerances.proportion(dropped, n));
    assertEquals(0, ingress.summary().errors().rejected());
  }

  private static long measured(ExposureResults exposure, Scenario scenario) {
    return Math.round(exposure.summary().offeredRps() * exposure.summary().replications()
        * scenario.run().duration().toNanos() / 1e9);
  }
}
