package kubeplan.routing;

import java.util.List;
import kubeplan.cluster.Node;
import kubeplan.cluster.Pod;
import kubeplan.cluster.Topology;

/**
 * For one Service and one direction (external or internal), the endpoints eligible from each node,
 * as pod indices: {@link EligibleEndpoints} computed once, so that routing a connection is two
 * array reads.
 */
public final class EndpointTable {
  private final String service;
  private final int[][] byNode;

  private EndpointTable(String service, int[][] byNode) {
    this.service = service;
    this.byNode = byNode;
  }

  /** For connections from outside entering at each node (NodePort, LB instance targets). */
  public static EndpointTable external(Topology topology, String service, ServicePolicy policy) {
    int[][] byNode = new int[topology.nodes().size()][];
    for (Node node : topology.nodes()) {
      byNode[node.index()] = indices(EligibleEndpoints.external(topology, service, policy, node));
    }
    return new EndpointTable(service, byNode);
  }

  /** For connections from pods on each node to the Service's ClusterIP. */
  public static EndpointTable internal(Topology topology, String service, ServicePolicy policy) {
    int[][] byNode = new int[topology.nodes().size()][];
    for (Node node : topology.nodes()) {
      byNode[node.index()] = indices(EligibleEndpoints.internal(topology, service, policy, node));
    }
    return new EndpointTable(service, byNode);
  }

  public String service() {
    return service;
  }

  /** The number of nodes the table covers: {@code Topology.nodes().size()}. */
  public int nodes() {
    return byNode.length;
  }

  /** How many endpoints are eligible from node {@code node}; 0 means the traffic is dropped. */
  public int count(int node) {
    return byNode[node].length;
  }

  /** The {@link Pod#index()} of the {@code i}-th endpoint eligible from node {@code node}. */
  public int endpoint(int node, int i) {
    return byNode[node][i];
  }

  private static int[] indices(List<Pod> pods) {
    return pods.stream().mapToInt(Pod::index).toArray();
  }
}
