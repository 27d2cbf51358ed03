package kubeplan.exposure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kubeplan.results.ComponentKind;
import kubeplan.results.ComponentResult;
import kubeplan.results.ExposureResults;
import kubeplan.results.Hop;
import kubeplan.results.PointResults;
import kubeplan.scenario.Scenario;
import kubeplan.stats.Tolerance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TlsTerminationTest {
  /*
   * A station's busy fraction over the windows is a compound Poisson sum of per-request work d
   * over N requests: relative spread sqrt(E[d^2] / E[d]^2 / N). Constant work (the controller):
   * kappa = 1. Exponential(1 ms) + 500 us (a pod): E[d^2] = 2 + 2 x 0.5 + 0.25 = 3.25 ms^2 over
   * E[d]^2 = 2.25 ms^2, kappa = sqrt(3.25 / 2.25).
   */
  private static final double KAPPA_CONSTANT_WORK = 1;
  private static final double KAPPA_POD_WORK = Math.sqrt(3.25 / 2.25);
  private static final double RATE = 1000;
  private static final double HANDSHAKE_SECONDS = 500e-6;

  private static Scenario scenario;
  private static PointResults results;

  @BeforeAll
  static void simulate() throws Exception {
    scenario = ScenarioRuns.points("tls-termination.yaml").get(0);
    results = ScenarioRuns.results(scenario);
  }

  @Test
  void tlsAtTheController_handshakeIsControllerCpu_utilisationIncludesIt() {
    ExposureResults ingress = ScenarioRuns.exposure(results, "ingress");
    double expected = RATE * (200e-6 + 100e-6 + HANDSHAKE_SECONDS);
    long n = ScenarioRuns.succeeded(ingress, scenario);

    ComponentResult controller = only(ingress, ComponentKind.INGRESS_CONTROLLER);
    assertEquals(expected, controller.utilization().orElseThrow(),
        expected * Tolerance.relative(KAPPA_CONSTANT_WORK, n));
  }

  @Test
  void tlsAtThePods_handshakeIsPodCpu_utilisationIncludesIt() {
    ExposureResults nodePort = ScenarioRuns.exposure(results, "nodeport");
    double expected = RATE / 2 * (1e-3 + HANDSHAKE_SECONDS) / 4;
    long n = ScenarioRuns.succeeded(nodePort, scenario);

    List<ComponentResult> pods = nodePort.components().stream()
        .filter(c -> c.kind() == ComponentKind.POD).toList();
    assertEquals(2, pods.size());
    for (ComponentResult pod : pods) {
      assertEquals(expected, pod.utilization().orElseThrow(),
          expected * Tolerance.relative(KAPPA_POD_WORK, n / 2), pod.component());
    }
  }

  @Test
  void handshake_isNotPartOfTheConnectionSetUpHop_whereAStationTerminatesTls() {
    // One round trip of the internet hop (0 by default) plus 300 us of socket work, per request.
    for (String name : List.of("ingress", "nodeport")) {
      ExposureResults exposure = ScenarioRuns.exposure(results, name);
      assertEquals(0.3, ScenarioRuns.hop(exposure, Hop.CONNECTION_SETUP).meanMs(), 1e-9, name);
    }
  }

  private static ComponentResult only(ExposureResults exposure, ComponentKind kind) {
    List<ComponentResult> found =
        exposure.components().stream().filter(c -> c.kind() == kind).toList();
    assertEquals(1, found.size(), kind.text());
    return found.get(0);
  }
}
