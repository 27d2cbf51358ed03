package kubeplan.network;

import java.util.Objects;
import java.util.Optional;
import kubeplan.value.Bandwidth;

/**
 * Link capacities between nodes; empty means unlimited.
 *
 * @param node each node's NIC, shared by all its traffic to other nodes
 * @param flow the most one connection gets between two nodes (a cloud per-flow limit)
 */
public record Bandwidths(Optional<Bandwidth> node, Optional<Bandwidth> flow) {
  /** No limits: payloads take no transmission time. */
  public static final Bandwidths UNLIMITED = new Bandwidths(Optional.empty(), Optional.empty());

  public Bandwidths {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(flow, "flow");
  }
}
