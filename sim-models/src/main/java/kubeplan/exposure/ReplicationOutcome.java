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

  /** Mean end-to-end latency of the successful measured requests, in ms; 0 when none. */
  public double meanLatencyMs() {
    return requests.latency.count() == 0 ? 0 : requests.latency.mean() * 1e3;
  }

  /** A percentile of end-to-end latency of the successful measured requests, in ms. */
  public double latencyPercentileMs(double percentile) {
    return requests.latency.percentile(percentile) * 1e3;
  }

  /** Failed measured requests over measured requests; 0 when none was measured. */
  public double errorRate() {
    return requests.measured == 0
        ? 0 : (double) (requests.measured - requests.succeeded) / requests.measured;
  }

  /** Successful measured requests per second of window. */
  public double throughputRps() {
    return requests.succeeded / windowSeconds;
  }

  /** One station's statistics over the window, with where it runs. */
  public record StationMeasure(String component, ComponentKind kind, Optional<String> zone,
      Optional<String> node, StationStatistics statistics) {}
}
