package kubeplan.routing;

import static kubeplan.routing.EligibleEndpointsTest.topology;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import kubeplan.cluster.Node;
import kubeplan.cluster.Pod;
import kubeplan.cluster.PodRequest;
import kubeplan.cluster.Resources;
import kubeplan.cluster.Topology;
import org.junit.jupiter.api.Test;

class EndpointTableTest {
  private static final Resources POD = new Resources(100, 1L << 27);
  private static final ServicePolicy LOCAL =
      new ServicePolicy(TrafficPolicy.LOCAL, TrafficPolicy.LOCAL, TrafficDistribution.NONE);

  /** Another service placed first, so foo's pod indices do not start at 0. */
  private final Topology topology =
      topology(2, 3, PodRequest.spread("bar", 2, POD), PodRequest.spread("foo", 3, POD));

  @Test
  void table_holdsTheEligibleEndpointsOfEachNode_asPodIndices() {
    for (ServicePolicy policy : List.of(ServicePolicy.DEFAULT, LOCAL)) {
      EndpointTable external = EndpointTable.external(topology, "foo", policy);
      EndpointTable internal = EndpointTable.internal(topology, "foo", policy);

      for (Node node : topology.nodes()) {
        assertEquals(
            EligibleEndpoints.external(topology, "foo", policy, node),
            pods(external, node.index()));
        assertEquals(
            EligibleEndpoints.internal(topology, "foo", policy, node),
            pods(internal, node.index()));
      }
    }
  }

  @Test
  void nodeWithoutLocalEndpoint_hasNone() {
    Topology sparse = topology(1, 3, PodRequest.spread("foo", 1, POD));

    EndpointTable table = EndpointTable.external(sparse, "foo", LOCAL);

    assertEquals(List.of(1, 0, 0), List.of(table.count(0), table.count(1), table.count(2)));
    assertEquals("foo", table.service());
  }

  private List<Pod> pods(EndpointTable table, int node) {
    List<Pod> pods = new ArrayList<>();
    for (int i = 0; i < table.count(node); i++) {
      pods.add(topology.pods().get(table.endpoint(node, i)));
    }
    return pods;
  }
}
