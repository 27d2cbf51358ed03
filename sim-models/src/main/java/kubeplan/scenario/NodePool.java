package kubeplan.scenario;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The cluster's worker nodes, all of one instance type.
 *
 * @param count how many nodes; empty for {@code auto}, the fewest that fit all pod requests
 * @param type the provider's instance type, which sets node capacity and price
 */
public record NodePool(OptionalInt count, String type) {
  public NodePool {
    Objects.requireNonNull(count, "count");
    if (count.isPresent() && count.getAsInt() < 1) {
      throw new IllegalArgumentException("node count must be >= 1: " + count.getAsInt());
    }
    Objects.requireNonNull(type, "type");
  }

  /** Whether the node count is chosen to fit the pods' requests. */
  public boolean auto() {
    return count.isEmpty();
  }
}
