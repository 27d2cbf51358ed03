package kubeplan.results;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One component instance, named {@code <kind>/<name>[/<index>]} (outputs.md), over the measurement
 * window. {@code zone} and {@code node} are empty for components outside the nodes (a cloud load
 * balancer); {@code utilization}, {@code meanQueueLength} and {@code meanWaitMs} are empty for
 * components without servers (pure delays).
 */
public record ComponentResult(
    String component,
    ComponentKind kind,
    Optional<String> zone,
    Optional<String> node,
    OptionalDouble utilization,
    OptionalDouble meanQueueLength,
    OptionalDouble meanWaitMs,
    double throughputRps,
    double rejectedRps) {
  public ComponentResult {
    if (!component.startsWith(kind.text() + "/")) {
      throw new IllegalArgumentException(
          "component name must start with its kind '" + kind.text() + "/': " + component);
    }
    utilization.ifPresent(value -> Checks.nonNegative("utilization", value));
    meanQueueLength.ifPresent(value -> Checks.nonNegative("mean_queue_length", value));
    meanWaitMs.ifPresent(value -> Checks.nonNegative("mean_wait_ms", value));
    Checks.nonNegative("throughput_rps", throughputRps);
    Checks.nonNegative("rejected_rps", rejectedRps);
  }
}
