package kubeplan.exposure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import kubeplan.results.ExposureResults;
import kubeplan.results.PointResults;
import kubeplan.scenario.ClusterSpec;
import kubeplan.scenario.Scenario;
import kubeplan.stats.Tolerance;
import org.junit.jupiter.api.Test;

class PointModelTest {

  @Test
  void idealNetwork_oneSingleWorkerPod_isAnMm1Queue() {
    double lambda = 500;
    double mu = 1000;
    Scenario scenario = TestScenarios.scenario(ClusterSpec.NetworkProfile.IDEAL, 1, 1,
        List.of(TestScenarios.service("foo", 1, 1, "exponential(mean=1ms)")),
        List.of(TestScenarios.nodePort("nodeport")), lambda, 200, 4);
    PointModel model = PointModel.of(scenario);
    List<List<ReplicationOutcome>> runs = new ArrayList<>();
    for (int r = 0; r < 4; r++) {
      runs.add(model.replicate(1, r));
    }
    PointResults point = model.results(0, List.of(), runs, List.of());
    ExposureResults nodePort = point.exposures().get(0);
    double mean = nodePort.latency().orElseThrow().meanMs().value();
    double truth = 1e3 / (mu - lambda);
    // measurement.md: |estimate - truth| <= z * kappa / sqrt(N) relative, z = 4, kappa = 3.6 for
    // the M/M/1 mean response at rho 0.5; N is every measured request of the four replications.
    long measured = Math.round(nodePort.summary().offeredRps() * 200 * 4);
    assertEquals(truth, mean, truth * Tolerance.relative(3.6, measured));
    assertEquals(0, nodePort.summary().errors().total());
    assertEquals(lambda, nodePort.summary().throughputRps(), lambda * 0.01);
  }
}
