package kubeplan.routing;

import static kubeplan.routing.EligibleEndpointsTest.topology;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import kubeplan.cluster.Node;
import kubeplan.cluster.Pod;
import kubeplan.cluster.PodRequest;
import kubeplan.cluster.Resources;
import kubeplan.cluster.Topology;
import kubeplan.cluster.Zone;
import org.junit.jupiter.api.Test;

class LoadBalancerTargetsTest {
  private static final Resources POD = new Resources(100, 1L << 27);

  /** 3 zones, 6 nodes (a-0 b-0 c-0 a-1 b-1 c-1); foo has 2 pods in a and 1 in b. */
  private final Topology topology =
      topology(3, 6, new PodRequest("foo", 3, Optional.of(Map.of("a", 2, "b", 1)), POD));

  @Test
  void clusterPolicy_targetsEveryNode() {
    LoadBalancerTargets<Node> targets =
        LoadBalancerTargets.instances(topology, "foo", TrafficPolicy.CLUSTER, true);

    for (Zone zone : topology.zones()) {
      assertEquals(topology.nodes(), targets.from(zone));
    }
  }

  @Test
  void localPolicy_targetsOnlyNodesWithAnEndpoint() {
    LoadBalancerTargets<Node> targets =
        LoadBalancerTargets.instances(topology, "foo", TrafficPolicy.LOCAL, true);

    assertEquals(List.of("a-0", "b-0", "a-1"), names(targets.from(topology.zones().get(2))));
  }

  @Test
  void crossZoneOff_keepsEachLbNodeInItsZone_andAZoneWithoutTargetsTakesNoTraffic() {
    LoadBalancerTargets<Node> targets =
        LoadBalancerTargets.instances(topology, "foo", TrafficPolicy.LOCAL, false);

    assertEquals(List.of("a-0", "a-1"), names(targets.from(topology.zones().get(0))));
    assertEquals(List.of("b-0"), names(targets.from(topology.zones().get(1))));
    assertEquals(List.of(), targets.from(topology.zones().get(2)));
    assertEquals(List.of("a", "b"), targets.entryZones(topology).stream().map(Zone::name).toList());
  }

  @Test
  void ipTargets_areThePods_perZoneWhenCrossZoneIsOff() {
    LoadBalancerTargets<Pod> targets = LoadBalancerTargets.pods(topology, "foo", false);

    assertEquals(topology.endpoints("foo").subList(0, 2), targets.from(topology.zones().get(0)));
    assertEquals(topology.endpoints("foo").subList(2, 3), targets.from(topology.zones().get(1)));
    assertEquals(
        topology.endpoints("foo"),
        LoadBalancerTargets.pods(topology, "foo", true).from(topology.zones().get(2)));
  }

  private static List<String> names(List<Node> nodes) {
    return nodes.stream().map(Node::name).toList();
  }
}
