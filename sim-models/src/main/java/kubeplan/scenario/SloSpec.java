package kubeplan.scenario;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The service-level objective every exposure is judged against; each target is optional.
 *
 * @param latencyP50 target of latency_p50_ms
 * @param latencyP90 target of latency_p90_ms
 * @param latencyP99 target of latency_p99_ms
 * @param latencyP999 target of latency_p999_ms
 * @param latencyMean target of latency_mean_ms
 * @param errorRate the largest acceptable fraction of failed requests, in [0, 1]
 * @param measuredAt where latency is measured (default client, end to end)
 */
public record SloSpec(
    Optional<Duration> latencyP50,
    Optional<Duration> latencyP90,
    Optional<Duration> latencyP99,
    Optional<Duration> latencyP999,
    Optional<Duration> latencyMean,
    OptionalDouble errorRate,
    MeasuredAt measuredAt) {

  public SloSpec {
    Objects.requireNonNull(latencyP50, "latencyP50");
    Objects.requireNonNull(latencyP90, "latencyP90");
    Objects.requireNonNull(latencyP99, "latencyP99");
    Objects.requireNonNull(latencyP999, "latencyP999");
    Objects.requireNonNull(latencyMean, "latencyMean");
    Objects.requireNonNull(errorRate, "errorRate");
    if (errorRate.isPresent() && !(errorRate.getAsDouble() >= 0 && errorRate.getAsDouble() <= 1)) {
      throw new IllegalArgumentException("errorRate must be in [0, 1]: " + errorRate);
    }
    Objects.requireNonNull(measuredAt, "measuredAt");
  }

  /** Whether no target is set (every exposure then meets the SLO). */
  public boolean isEmpty() {
    return latencyP50.isEmpty()
        && latencyP90.isEmpty()
        && latencyP99.isEmpty()
        && latencyP999.isEmpty()
        && latencyMean.isEmpty()
        && errorRate.isEmpty();
  }

  /** Where end-to-end latency is taken for the SLO. */
  public enum MeasuredAt {
    /** At the client: everything, internet hops included. */
    CLIENT,
    /** At the cluster's edge: without the internet hops. */
    EDGE
  }
}
