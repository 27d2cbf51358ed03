package kubeplan.exposure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import kubeplan.results.ExposureResults;
import kubeplan.results.PointResults;
import kubeplan.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** What a pod's full queue does to requests, whichever way they came in. */
class PodRejectionTest {
  @Test
  void podWithoutWaitingRoom_rejectsErlangsLossShare_behindEveryExposure() throws Exception {
    // Two M/M/1/1 at rho = 1: an arrival finds its pod busy with probability rho / (1 + rho).
    // Behind an ingress controller a rejected request's 503 goes back through the controller, so
    // rejections must not use up the controller's eight connections.
    Scenario scenario = ScenarioRuns.points("no-waiting-room.yaml").get(0);
    PointResults point = ScenarioRuns.results(scenario);
    double loss = 1.0 / 2;
    for (ExposureResults exposure : point.exposures()) {
      long n = Math.round(exposure.summary().offeredRps() * exposure.summary().replications()
          * scenario.run().duration().toNanos() / 1e9);
      assertEquals(loss, exposure.summary().errors().rejected(), Tolerances.proportion(loss, n),
          exposure.name());
      assertEquals(exposure.summary().errors().rejected(), exposure.summary().errors().total(),
          exposure.name());
    }
  }
}
