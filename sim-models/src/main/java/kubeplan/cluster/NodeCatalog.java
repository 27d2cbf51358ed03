package kubeplan.cluster;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in machine types, each with the allocatable CPU and memory of its provider's
 * reservation formula ({@link Reservation}).
 */
public final class NodeCatalog {
  /*
   * Sizes are the providers' nominal vCPU and memory. maxPods (which drives EKS and AKS memory
   * reservations): EKS from the VPC CNI formula ENIs * (IPv4 addresses per ENI - 1) + 2 (29 for
   * large, 58 for xlarge and 2xlarge sizes); AKS 250, the Azure CNI Overlay default; GKE 110 (its
   * reservation does not depend on it). Nominal memory is a little above what the kubelet reports
   * as capacity (the kernel keeps some), so allocatable memory is an estimate a few percent high;
   * docs/model.md gives the derivation per type.
   */

  private static final long GIB = 1L << 30;

  private static final NodeCatalog BUILT_IN =
      new NodeCatalog(
          List.of(
              Reservation.EKS.nodeType("m6i.large", 2, 8 * GIB, 29),
              Reservation.EKS.nodeType("m5.large", 2, 8 * GIB, 29),
              Reservation.EKS.nodeType("m6i.xlarge", 4, 16 * GIB, 58),
              Reservation.EKS.nodeType("m5.xlarge", 4, 16 * GIB, 58),
              Reservation.EKS.nodeType("m6i.2xlarge", 8, 32 * GIB, 58),
              Reservation.EKS.nodeType("c6i.large", 2, 4 * GIB, 29),
              Reservation.EKS.nodeType("c6i.xlarge", 4, 8 * GIB, 58),
              Reservation.GKE.nodeType("e2-standard-2", 2, 8 * GIB, 110),
              Reservation.GKE.nodeType("e2-standard-4", 4, 16 * GIB, 110),
              Reservation.GKE.nodeType("n2-standard-2", 2, 8 * GIB, 110),
              Reservation.GKE.nodeType("n2-standard-4", 4, 16 * GIB, 110),
              Reservation.AKS.nodeType("Standard_D2s_v5", 2, 8 * GIB, 250),
              Reservation.AKS.nodeType("Standard_D4s_v5", 4, 16 * GIB, 250)));

  private final Map<String, NodeType> byName;

  private NodeCatalog(List<NodeType> types) {
    Map<String, NodeType> named = new LinkedHashMap<>();
    for (NodeType type : types) {
      named.put(type.name(), type);
    }
    this.byName = named;
  }

  /** The machine types kubeplan knows without a user-supplied definition. */
  public static NodeCatalog builtIn() {
    return BUILT_IN;
  }

  /** The type called {@code name} (exact, case-sensitive as the providers write them). */
  public Optional<NodeType> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The names in catalogue order, e.g. to suggest one when a name is unknown. */
  public Set<String> names() {
    return Collections.unmodifiableSet(byName.keySet());
  }
}
