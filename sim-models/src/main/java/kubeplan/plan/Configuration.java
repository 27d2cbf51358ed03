package kubeplan.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One point of the search space: an exposure and a value for each decision variable. The node
 * count is not a variable: it is the fewest nodes that hold the pods.
 *
 * @param exposure the name of the scenario's exposure
 * @param replicas pods per Service copy, by service entry, in the scenario's order
 * @param concurrency workers per pod, by service entry, in the scenario's order
 * @param controllerReplicas the ingress controller's replicas; empty without a controller
 */
public record Configuration(
    String exposure,
    Map<String, Integer> replicas,
    Map<String, Integer> concurrency,
    OptionalInt controllerReplicas) {
  public Configuration {
    Objects.requireNonNull(exposure, "exposure");
    replicas = Collections.unmodifiableMap(new LinkedHashMap<>(replicas));
    concurrency = Collections.unmodifiableMap(new LinkedHashMap<>(concurrency));
    Objects.requireNonNull(controllerReplicas, "controllerReplicas");
    if (!replicas.keySet().equals(concurrency.keySet())) {
      throw new IllegalArgumentException("replicas " + replicas.keySet()
          + " and concurrency " + concurrency.keySet() + " must name the same services");
    }
  }

  /** This configuration with {@code count} replicas of {@code service}. */
  public Configuration withReplicas(String service, int count) {
    Map<String, Integer> changed = new LinkedHashMap<>(replicas);
    changed.put(service, count);
    return new Configuration(exposure, changed, concurrency, controllerReplicas);
  }

  /** This configuration with {@code count} ingress controller replicas. */
  public Configuration withControllerReplicas(int count) {
    return new Configuration(exposure, replicas, concurrency, OptionalInt.of(count));
  }

  /** {@code checkout × 4 (concurrency 8), 2 controller replicas}: the variables in words. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    replicas.forEach((service, count) -> parts.add(
        service + " × " + count + " (concurrency " + concurrency.get(service) + ")"));
    controllerReplicas.ifPresent(count -> parts.add(
        count + " controller replica" + (count == 1 ? "" : "s")));
    return String.join(", ", parts);
  }
}
