package kubeplan.exposure;

import static kubeplan.exposure.ScenarioRuns.exposure;
import static kubeplan.exposure.ScenarioRuns.hop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kubeplan.results.ExposureResults;
import kubeplan.results.Hop;
import kubeplan.results.PointResults;
import kubeplan.results.RouteResult;
import kubeplan.scenario.Scenario;
import kubeplan.stats.Tolerance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which hops requests take under each external traffic policy, load balancer target type and
 * cross-zone setting, and what a NodePort client meets on a node without a local endpoint: the
 * routing of Kubernetes' service-proxy and cloud load balancer documentation, measured end to end.
 */
class ExternalTrafficPolicyTest {
  private static Scenario zonal;
  private static PointResults zonalResults;
  private static Scenario oneZone;
  private static PointResults oneZoneResults;

  @BeforeAll
  static void simulate() throws Exception {
    zonal = ScenarioRuns.points("three-zones-six-nodes.yaml").get(0);
    zonalResults = ScenarioRuns.results(zonal);
    oneZone = ScenarioRuns.points("one-zone-four-nodes.yaml").get(0);
    oneZoneResults = ScenarioRuns.results(oneZone);
  }

  @Test
  void localPolicy_loadBalancerInstanceTargets_neverCrossNodesOrZones() {
    ExposureResults lb = exposure(zonalResults, "lb-local-zonal");
    assertEquals(0, lb.summary().errors().total());
    assertEquals(1, hop(lb, Hop.KUBE_PROXY).share());
    assertEquals(0, hop(lb, Hop.CROSS_NODE).share());
    assertEquals(0, hop(lb, Hop.CROSS_ZONE).share());
  }

  @Test
  void localPolicy_nodePortWithEndpointsOnEveryNode_neverCrossesNodes() {
    for (ExposureResults nodePort : List.of(exposure(zonalResults, "nodeport-local"),
        exposure(oneZoneResults, "nodeport-local"))) {
      assertEquals(0, hop(nodePort, Hop.CROSS_NODE).share(), nodePort.name());
      assertEquals(0, hop(nodePort, Hop.CROSS_ZONE).share(), nodePort.name());
    }
    assertEquals(0, exposure(zonalResults, "nodeport-local").summary().errors().total());
  }

  @Test
  void clusterPolicy_evenSingleZoneSpread_crossesNodesWithProbabilityNodesMinusOneOverNodes() {
    // Four nodes, one zone: the client's node and kube-proxy's endpoint are independent and
    // uniform, so a request leaves its entry node with probability 3/4 — for the Service with a
    // pod on every node as for the one with a single pod.
    ExposureResults nodePort = exposure(oneZoneResults, "nodeport-cluster");
    long n = ScenarioRuns.succeeded(nodePort, oneZone);
    double p = 3.0 / 4;
    assertEquals(0, nodePort.summary().errors().total());
    assertEquals(p, hop(nodePort, Hop.CROSS_NODE).share(), Tolerance.proportion(p, n));
    assertEquals(0, hop(nodePort, Hop.CROSS_ZONE).share());
  }

  @Test
  void nodePortLocal_nodeWithoutEndpoint_timesOutForThatShareOfRequests() {
    // The single pod runs on one of four nodes: a client that picks one of the other three gets
    // no answer and gives up after its timeout.
    ExposureResults nodePort = exposure(oneZoneResults, "nodeport-local");
    RouteResult single = route(nodePort, "single");
    RouteResult spread = route(nodePort, "spread");
    long n = Math.round(single.requestsRps() * oneZone.run().duration().toNanos() / 1e9
        * oneZone.run().replications());
    double p = 3.0 / 4;
    assertEquals(p, single.errorRate(), Tolerance.proportion(p, n));
    assertEquals(0, spread.errorRate());
    assertTrue(nodePort.summary().errors().timeout() > 0);
    assertEquals(nodePort.summary().errors().total(), nodePort.summary().errors().timeout());
  }

  @Test
  void crossZoneOff_keepsTrafficInTheLoadBalancerNodesZone_whileCrossZoneOnLeavesIt() {
    // Without cross-zone load balancing each zone's LB node reaches only its own zone's targets:
    // no cross-zone hop with Local (its endpoints are on the node) nor with ip targets (the pods
    // themselves). With it, the LB node of a uniform zone sends to a uniform one of six nodes,
    // four of them in other zones.
    assertEquals(0, hop(exposure(zonalResults, "lb-local-zonal"), Hop.CROSS_ZONE).share());
    assertEquals(0, hop(exposure(zonalResults, "lb-ip-zonal"), Hop.CROSS_ZONE).share());
    ExposureResults crossZone = exposure(zonalResults, "lb-local-cross-zone");
    long n = ScenarioRuns.succeeded(crossZone, zonal);
    double p = 4.0 / 6;
    assertEquals(p, hop(crossZone, Hop.CROSS_ZONE).share(), Tolerance.proportion(p, n));
    assertEquals(0, hop(crossZone, Hop.CROSS_NODE).share());
  }

  @Test
  void ipTargets_skipKubeProxyAndTheNodeHop() {
    // LB -> pod IP directly, even under externalTrafficPolicy: Cluster; instance targets under
    // the same policy go through kube-proxy, which forwards to another node for 5 of 6 requests.
    ExposureResults ip = exposure(zonalResults, "lb-ip-zonal");
    assertEquals(0, ip.summary().errors().total());
    assertEquals(0, hop(ip, Hop.KUBE_PROXY).share());
    assertEquals(0, hop(ip, Hop.CROSS_NODE).share());
    assertEquals(1, hop(ip, Hop.VETH).share());
    ExposureResults instance = exposure(zonalResults, "lb-cluster-zonal");
    long n = ScenarioRuns.succeeded(instance, zonal);
    assertEquals(1, hop(instance, Hop.KUBE_PROXY).share());
    double p = 5.0 / 6;
    assertEquals(p, hop(instance, Hop.CROSS_NODE).share() + hop(instance, Hop.CROSS_ZONE).share(),
        Tolerance.proportion(p, n));
  }

  private static RouteResult route(ExposureResults exposure, String route) {
    return exposure.routes().stream().filter(r -> r.route().equals(route)).findFirst()
        .orElseThrow();
  }
}
