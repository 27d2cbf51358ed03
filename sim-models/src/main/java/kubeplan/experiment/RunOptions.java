package kubeplan.experiment;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What the command line changes about a run: the worker threads, and overrides of the scenario
 * file's replications, seed and measurement window. An empty override keeps the file's value.
 *
 * @param threads worker threads for replications; results do not depend on it
 * @param replications replications per point, replacing {@code run.replications} and switching
 *     {@code run.precision} off
 * @param seed the root of every random stream, replacing {@code seed}
 * @param duration the measurement window per replication, replacing {@code run.duration}
 * @param commandLine the command line as typed, recorded in run.json
 */
public record RunOptions(
    int threads,
    OptionalInt replications,
    OptionalLong seed,
    Optional<Duration> duration,
    List<String> commandLine) {

  public RunOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
    Objects.requireNonNull(replications, "replications");
    if (replications.isPresent() && replications.getAsInt() < 2) {
      throw new IllegalArgumentException(
          "replications must be >= 2: " + replications.getAsInt());
    }
    Objects.requireNonNull(seed, "seed");
    Objects.requireNonNull(duration, "duration");
    if (duration.isPresent() && (duration.get().isZero() || duration.get().isNegative())) {
      throw new IllegalArgumentException("duration must be positive: " + duration.get());
    }
    commandLine = List.copyOf(commandLine);
  }
}
