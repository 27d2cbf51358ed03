package kubeplan.scenario;

import java.util.Objects;
import java.util.Optional;
import kubeplan.random.Distribution;

/**
 * Per-hop delays set in the scenario; an empty hop keeps the network profile's default. Each is
 * one-way, per traversal, in seconds.
 *
 * @param veth a pod to its node, or back
 * @param crossNode a node to another node in the same zone
 * @param crossZone a node to a node in another zone
 * @param encapsulation added to each cross-node traversal with an overlay CNI
 * @param internet a client to the cluster's edge
 */
public record HopOverrides(
    Optional<Distribution> veth,
    Optional<Distribution> crossNode,
    Optional<Distribution> crossZone,
    Optional<Distribution> encapsulation,
    Optional<Distribution> internet) {

  public HopOverrides {
    Objects.requireNonNull(veth, "veth");
    Objects.requireNonNull(crossNode, "crossNode");
    Objects.requireNonNull(crossZone, "crossZone");
    Objects.requireNonNull(encapsulation, "encapsulation");
    Objects.requireNonNull(internet, "internet");
  }

  /** No override: every hop takes the profile's default. */
  public static HopOverrides none() {
    return new HopOverrides(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
