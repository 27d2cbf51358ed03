package kubeplan.cost;

import java.util.Objects;

/**
 * The worker nodes an exposure's cluster runs on.
 *
 * <p>For {@code count: auto} the cluster model's packing resolves the count before pricing.
 *
 * @param type the instance type as the catalogue names it, e.g. {@code m6i.large}
 * @param count the number of nodes, at least 0
 */
public record NodeUsage(String type, int count) {
  public NodeUsage {
    Objects.requireNonNull(type, "type");
    if (type.isBlank()) {
      throw new IllegalArgumentException("node type must not be blank");
    }
    if (count < 0) {
      throw new IllegalArgumentException("node count must be >= 0: " + count);
    }
  }
}
