package kubeplan.results;

import java.time.Duration;
import java.util.Optional;

/**
 * How every point was simulated: the seed, the measurement window per replication, the warm-up,
 * the replication count (the fixed count, or the first batch when {@code precision} is set) and
 * the confidence level of every interval.
 */
public record RunSettings(
    long seed,
    Duration duration,
    Warmup warmup,
    int replications,
    double confidence,
    Optional<Precision> precision) {
  public RunSettings {
    if (duration.isZero() || duration.isNegative()) {
      throw new IllegalArgumentException("duration must be positive: " + duration);
    }
    if (replications < 2) {
      throw new IllegalArgumentException("replications must be >= 2: " + replications);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
    }
  }
}
