package kubeplan.exposure;

import java.util.List;
import java.util.Optional;
import kubeplan.queueing.StationStatistics;
import kubeplan.results.ComponentKind;

/**
 * What one replication of one exposure measured, handed from the simulation to the results
 * assembly and never changed after.
 *
 * @param windowSeconds the length of the measurement window
 * @param requests outcomes, latencies and per-hop times of the measured requests
 * @param traffic billed usage of the measured requests
 * @param stations every pod, ingress controller and node link
 */
public record ReplicationOutcome(
    double windowSeconds, Measurements requests, Traffic traffic, List<StationMeasure> stations) {

  /** One station's statistics over the window, with where it runs. */
  public record StationMeasure(String component, ComponentKind kind, Optional<String> zone,
      Optional<String> node, StationStatistics statistics) {}
}
