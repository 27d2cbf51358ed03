package kubeplan.experiment;

import java.util.function.ToDoubleFunction;
import kubeplan.exposure.ReplicationOutcome;

/** The summary.csv column that {@code run.precision.metric} names, per replication. */
final class PrecisionMetric {
  private PrecisionMetric() {}

  static ToDoubleFunction<ReplicationOutcome> of(String column) {
    return switch (column) {
      case "latency_mean_ms" -> ReplicationOutcome::meanLatencyMs;
      case "latency_p50_ms" -> run -> run.latencyPercentileMs(50);
      case "latency_p90_ms" -> run -> run.latencyPercentileMs(90);
      case "latency_p99_ms" -> run -> run.latencyPercentileMs(99);
      case "latency_p999_ms" -> run -> run.latencyPercentileMs(99.9);
      case "error_rate" -> ReplicationOutcome::errorRate;
      case "throughput_rps" -> ReplicationOutcome::throughputRps;
      default -> throw new IllegalArgumentException("run.precision.metric " + column
          + " is not a metric kubeplan can stop on; use latency_mean_ms, latency_p50_ms,"
          + " latency_p90_ms, latency_p99_ms, latency_p999_ms, error_rate or throughput_rps");
    };
  }
}
