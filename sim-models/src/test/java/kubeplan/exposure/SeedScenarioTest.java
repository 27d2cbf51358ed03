package kubeplan.exposure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kubeplan.results.ExposureResults;
import kubeplan.results.Hop;
import kubeplan.results.HopResult;
import kubeplan.results.PointResults;
import kubeplan.results.RouteResult;
import kubeplan.scenario.RunSpec;
import kubeplan.scenario.Scenario;
import kubeplan.scenario.ScenarioReader;
import kubeplan.scenario.Warmup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled seed scenario — the seed Ingress manifest's three Services behind a LoadBalancer
 * per Service, NodePorts and the Ingress, on the default network — end to end, on a short run.
 */
class SeedScenarioTest {
  private static List<List<ReplicationOutcome>> runs;
  private static PointResults results;

  @BeforeAll
  static void simulate() throws Exception {
    Scenario bundled = ScenarioReader.read(Path.of("..", "scenarios", "seed-three-exposures.yaml"))
        .points().get(0).scenario();
    RunSpec shortRun = new RunSpec(Duration.ofSeconds(2), new Warmup.Fixed(Duration.ofMillis(200)),
        2, bundled.run().confidence(), Optional.empty());
    Scenario seed = new Scenario(bundled.name(), bundled.description(), bundled.seed(), shortRun,
        bundled.cluster(), bundled.services(), bundled.exposures(), bundled.workload(),
        bundled.slo(), bundled.pricing());
    PointModel model = PointModel.of(seed);
    runs = ScenarioRuns.replicate(model, seed);
    results = model.results(0, List.of(), runs, List.of());
  }

  @Test
  void hopMeans_addUpToTheEndToEndMean_forEveryExposure() {
    assertEquals(3, results.exposures().size());
    for (ExposureResults exposure : results.exposures()) {
      double hops = exposure.hops().stream().mapToDouble(HopResult::meanMs).sum();
      double mean = exposure.latency().orElseThrow().meanMs().value();
      assertEquals(mean, hops, mean * 1e-9, exposure.name());
    }
  }

  @Test
  void everyExposure_seesTheSameRequests() {
    // Arrivals, targets, sizes and service demands are drawn when a request is created, from
    // streams of their own: whatever path an exposure sends a request along, it is the same
    // request. Sums over requests differ only by the order in which they completed.
    for (List<ReplicationOutcome> replication : runs) {
      Measurements first = replication.get(0).requests();
      Traffic firstTraffic = replication.get(0).traffic();
      assertEquals(0, replication.get(0).errorRate());
      for (ReplicationOutcome other : replication.subList(1, replication.size())) {
        Measurements requests = other.requests();
        assertEquals(0, other.errorRate());
        assertEquals(first.measured, requests.measured);
        assertArrayEquals(first.routeMeasured, requests.routeMeasured);
        int service = Hop.POD_SERVICE.ordinal();
        assertEquals(first.hopSeconds[service], requests.hopSeconds[service],
            first.hopSeconds[service] * 1e-9);
        assertEquals(firstTraffic.internetEgressBytes, other.traffic().internetEgressBytes,
            firstTraffic.internetEgressBytes * 1e-9);
      }
    }
  }

  @Test
  void seedIngressRules_routeEveryExposuresRequests_toTheirServices() {
    // extensions/v1beta1: foo.mydomain.com -> foo, mydomain.com /bar/* -> bar, anything else to
    // spec.backend, other.
    Map<String, String> expected = Map.of("foo.mydomain.com/", "foo", "mydomain.com/bar/x", "bar",
        "unknown.example.org/", "other");
    for (ExposureResults exposure : results.exposures()) {
      assertEquals(expected.size(), exposure.routes().size(), exposure.name());
      for (RouteResult route : exposure.routes()) {
        assertEquals(expected.get(route.route()), route.targetService(),
            exposure.name() + " " + route.route());
        assertTrue(route.requestsRps() > 0, exposure.name() + " " + route.route());
        assertEquals(0, route.errorRate(), exposure.name() + " " + route.route());
        assertTrue(route.latencyMeanMs().isPresent(), exposure.name() + " " + route.route());
      }
    }
  }
}
