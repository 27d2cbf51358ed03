package kubeplan.scenario;

import java.util.Objects;
import java.util.Optional;
import kubeplan.value.Bandwidth;

/**
 * Link capacities set in the scenario; an empty one keeps the network profile's default.
 *
 * @param node each node's NIC, shared by all its traffic
 * @param flow the cap of one connection
 */
public record BandwidthLimits(Optional<Bandwidth> node, Optional<Bandwidth> flow) {
  public BandwidthLimits {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(flow, "flow");
  }

  /** No override: both capacities take the profile's default. */
  public static BandwidthLimits none() {
    return new BandwidthLimits(Optional.empty(), Optional.empty());
  }
}
