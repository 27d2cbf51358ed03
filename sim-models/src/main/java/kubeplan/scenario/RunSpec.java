package kubeplan.scenario;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How long and how often each sweep point is simulated.
 *
 * @param duration the measurement window of one replication, after warm-up
 * @param warmup the start of each replication that statistics ignore (default 10 % of duration)
 * @param replications independent replications per point (default 10)
 * @param confidence the level of confidence intervals, in (0, 1) (default 0.95)
 * @param precision sequential stopping instead of a fixed count, when present
 */
public record RunSpec(
    Duration duration,
    Warmup warmup,
    int replications,
    double confidence,
    Optional<Precision> precision) {

  public RunSpec {
    if (duration.isZero() || duration.isNegative()) {
      throw new IllegalArgumentException("duration must be positive: " + duration);
    }
    Objects.requireNonNull(warmup, "warmup");
    if (replications < 2) {
      throw new IllegalArgumentException("replications must be >= 2: " + replications);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
    }
    Objects.requireNonNull(precision, "precision");
  }

  /**
   * Replicate until the confidence interval of {@code metric} is narrow enough.
   *
   * @param metric a column of summary.csv, such as {@code latency_p99_ms}
   * @param relativeHalfWidth the half-width divided by the estimate at which to stop, in (0, 1)
   * @param maxReplications the most replications run even when the target is not reached
   */
  public record Precision(String metric, double relativeHalfWidth, int maxReplications) {
    public Precision {
      Objects.requireNonNull(metric, "metric");
      if (!(relativeHalfWidth > 0 && relativeHalfWidth < 1)) {
        throw new IllegalArgumentException(
            "relativeHalfWidth must be in (0, 1): " + relativeHalfWidth);
      }
      if (maxReplications < 2) {
        throw new IllegalArgumentException("maxReplications must be >= 2: " + maxReplications);
      }
    }
  }
}
