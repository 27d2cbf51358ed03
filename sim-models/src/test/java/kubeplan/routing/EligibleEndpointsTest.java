package kubeplan.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import kubeplan.cluster.ClusterSpec;
import kubeplan.cluster.Node;
import kubeplan.cluster.NodeType;
import kubeplan.cluster.Pod;
import kubeplan.cluster.PodRequest;
import kubeplan.cluster.Resources;
import kubeplan.cluster.Scheduler;
import kubeplan.cluster.Topology;
import org.junit.jupiter.api.Test;

class EligibleEndpointsTest {
  private static final long GIB = 1L << 30;
  private static final NodeType NODE =
      new NodeType("test.4cpu", 4, 16 * GIB, new Resources(4000, 16 * GIB));
  private static final Resources POD = new Resources(100, GIB / 8);

  private static final ServicePolicy LOCAL_EXTERNAL =
      new ServicePolicy(TrafficPolicy.LOCAL, TrafficPolicy.CLUSTER, TrafficDistribution.NONE);
  private static final ServicePolicy LOCAL_INTERNAL =
      new ServicePolicy(TrafficPolicy.CLUSTER, TrafficPolicy.LOCAL, TrafficDistribution.NONE);
  private static final ServicePolicy PREFER_CLOSE =
      new ServicePolicy(
          TrafficPolicy.CLUSTER, TrafficPolicy.CLUSTER, TrafficDistribution.PREFER_CLOSE);

  /** Uneven on purpose: 5 pods over 7 nodes in 3 zones, so some nodes have none. */
  @Test
  void localPolicy_neverCrossesNodes_inEitherDirection() {
    Topology topology = topology(3, 7, PodRequest.spread("foo", 5, POD));

    for (Node node : topology.nodes()) {
      List<Pod> external = EligibleEndpoints.external(topology, "foo", LOCAL_EXTERNAL, node);
      List<Pod> internal = EligibleEndpoints.internal(topology, "foo", LOCAL_INTERNAL, node);

      assertTrue(external.stream().allMatch(pod -> pod.node().equals(node)), node::name);
      assertEquals(topology.podsOn(node), external);
      assertEquals(external, internal);
    }
  }

  /**
   * One zone, 4 nodes, 2 pods each. Entry nodes are equally likely (the LB spreads over all nodes)
   * and iptables picks uniformly among the 8 endpoints, so enumerating every (entry, endpoint) pair
   * gives P(second hop) = 1 - local/total = 1 - 2/8 = (nodes - 1) / nodes = 3/4 exactly.
   */
  @Test
  void clusterPolicy_evenSingleZoneSpread_crossesNodesWithProbabilityNodesMinusOneOverNodes() {
    int nodes = 4;
    Topology topology = topology(1, nodes, PodRequest.spread("foo", 2 * nodes, POD));
    int pairs = 0;
    int crossing = 0;

    for (Node entry : topology.nodes()) {
      List<Pod> eligible =
          EligibleEndpoints.external(topology, "foo", ServicePolicy.DEFAULT, entry);
      assertEquals(2 * nodes, eligible.size());
      for (Pod pod : eligible) {
        pairs++;
        crossing += pod.node().equals(entry) ? 0 : 1;
      }
    }

    assertEquals((nodes - 1) * pairs, nodes * crossing);
  }

  @Test
  void internalLocal_withoutALocalEndpoint_yieldsNone() {
    Topology topology = topology(2, 2, new PodRequest("foo", 2, Optional.of(Map.of("a", 2)), POD));
    Node nodeInB = topology.nodes().get(1);

    assertEquals("b-0", nodeInB.name());
    assertEquals(List.of(), EligibleEndpoints.internal(topology, "foo", LOCAL_INTERNAL, nodeInB));
  }

  @Test
  void preferClose_keepsTrafficInTheCallersZone() {
    Topology topology = topology(3, 6, PodRequest.spread("foo", 6, POD));

    for (Node caller : topology.nodes()) {
      List<Pod> eligible = EligibleEndpoints.internal(topology, "foo", PREFER_CLOSE, caller);

      assertEquals(2, eligible.size());
      assertTrue(eligible.stream().allMatch(pod -> pod.zone().equals(caller.zone())));
    }
  }

  @Test
  void preferClose_withNoEndpointInTheZone_fallsBackToAll() {
    Topology topology = topology(3, 3, new PodRequest("foo", 2, Optional.of(Map.of("a", 2)), POD));
    Node nodeInC = topology.nodes().get(2);

    assertEquals(
        topology.endpoints("foo"),
        EligibleEndpoints.external(topology, "foo", PREFER_CLOSE, nodeInC));
  }

  @Test
  void clusterPolicy_withoutPreference_offersEveryEndpointFromEveryNode() {
    Topology topology = topology(3, 3, PodRequest.spread("foo", 3, POD));

    for (Node node : topology.nodes()) {
      assertEquals(
          topology.endpoints("foo"),
          EligibleEndpoints.internal(topology, "foo", ServicePolicy.DEFAULT, node));
    }
    assertFalse(topology.endpoints("foo").isEmpty());
  }

  static Topology topology(int zones, int nodes, PodRequest... requests) {
    return Scheduler.place(new ClusterSpec(zones, nodes, NODE, Resources.NONE), List.of(requests));
  }
}
