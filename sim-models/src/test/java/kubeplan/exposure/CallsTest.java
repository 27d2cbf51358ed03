package kubeplan.exposure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import kubeplan.results.ComponentResult;
import kubeplan.results.ExposureResults;
import kubeplan.results.Hop;
import kubeplan.results.HopResult;
import kubeplan.scenario.CallSpec;
import kubeplan.scenario.ClusterSpec;
import kubeplan.scenario.Scenario;
import kubeplan.stats.Tolerance;
import org.junit.jupiter.api.Test;

class CallsTest {
  private static final double LAMBDA = 400;
  private static final double SECONDS = 100;
  private static final int REPLICATIONS = 3;

  /**
   * The front pod has so many workers that nobody waits there; each request it serves calls the
   * back Service, one worker with exponential service: an M/M/1 queue behind a pure delay, so
   * the mean response is E[S_front] + 1 / (mu_back - lambda).
   */
  @Test
  void aCallToASingleWorkerBackend_addsItsMm1ResponseTime_toTheCallersOwnWork() {
    ExposureResults front = run(1.0);
    double truth = 0.5 + 1e3 / (1000 - LAMBDA);
    double mean = front.latency().orElseThrow().meanMs().value();
    // measurement.md tolerance, z = 4; kappa 4.5 for M/M/1 at rho 0.4 plus a small pure delay.
    double measured = front.summary().offeredRps() * SECONDS * REPLICATIONS;
    assertEquals(truth, mean, truth * Tolerance.relative(4.5, Math.round(measured)));
    assertEquals(0, front.summary().errors().total());
  }

  @Test
  void timeInsideCalls_isBookedToTheCallsHop_andHopsStillAddUpToTheLatency() {
    ExposureResults front = run(1.0);
    double sum = front.hops().stream().mapToDouble(HopResult::meanMs).sum();
    assertEquals(front.latency().orElseThrow().meanMs().value(), sum, 1e-9 * sum);
    double calls = front.hops().stream().filter(h -> h.hop() == Hop.CALLS)
        .mapToDouble(HopResult::meanMs).sum();
    assertEquals(1e3 / (1000 - LAMBDA), calls, 0.1 * calls);
  }

  @Test
  void aCallWithProbability03_sendsThatShareOfRequestsToTheBackend() {
    ExposureResults front = run(0.3);
    double backRate = front.components().stream()
        .filter(c -> c.component().startsWith("pod/back/"))
        .mapToDouble(ComponentResult::throughputRps).sum();
    double requests = LAMBDA * SECONDS * REPLICATIONS;
    // binomial: sd of the share is sqrt(p(1-p)/n); z = 4.
    assertEquals(0.3 * LAMBDA, backRate, LAMBDA * Tolerance.proportion(0.3, Math.round(requests)));
  }

  private static ExposureResults run(double probability) {
    Scenario scenario = TestScenarios.scenario(ClusterSpec.NetworkProfile.IDEAL, 1, 1,
        List.of(
            TestScenarios.service("front", 1, 64, "exponential(mean=0.5ms)",
                List.of(new CallSpec("back", probability, 1))),
            TestScenarios.service("back", 1, 1, "exponential(mean=1ms)")),
        List.of(TestScenarios.nodePort("nodeport")), LAMBDA, SECONDS, REPLICATIONS);
    PointModel model = PointModel.of(scenario);
    List<List<ReplicationOutcome>> runs = new ArrayList<>();
    for (int r = 0; r < REPLICATIONS; r++) {
      runs.add(model.replicate(7, r));
    }
    return model.results(0, List.of(), runs, List.of()).exposures().get(0);
  }
}
