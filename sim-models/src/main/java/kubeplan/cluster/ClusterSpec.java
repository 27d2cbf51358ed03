package kubeplan.cluster;

import java.util.Objects;

/**
 * The shape of a cluster before any pod is placed.
 *
 * @param zones number of zones, named {@code a}, {@code b}, …
 * @param nodes number of nodes, spread over the zones round-robin (at least one per zone)
 * @param nodeType the machine type of every node
 * @param perNodeReserve what DaemonSets (kube-proxy, the CNI agent, …) request on every node,
 *     unavailable to the pods being placed
 */
public record ClusterSpec(int zones, int nodes, NodeType nodeType, Resources perNodeReserve) {
  public ClusterSpec {
    Objects.requireNonNull(nodeType, "nodeType");
    Objects.requireNonNull(perNodeReserve, "perNodeReserve");
    if (zones < 1 || zones > Zone.MAX_ZONES) {
      throw new IllegalArgumentException(
          "zones must be between 1 and " + Zone.MAX_ZONES + ": " + zones);
    }
    if (nodes < zones) {
      throw new IllegalArgumentException(
          "nodes (" + nodes + ") must be at least zones (" + zones + "): every zone needs a node");
    }
    if (!nodeType.allocatable().fits(perNodeReserve)) {
      throw new IllegalArgumentException(
          "per-node reserve "
              + perNodeReserve
              + " exceeds the allocatable "
              + nodeType.allocatable()
              + " of node type "
              + nodeType.name());
    }
  }

  /** What one node offers the pods being placed: allocatable minus the per-node reserve. */
  public Resources podCapacity() {
    return nodeType.allocatable().minus(perNodeReserve);
  }
}
