package kubeplan.results;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What run.json records so that a run can be repeated and its cost in time judged. */
public record Reproducibility(
    String kubeplanVersion,
    List<String> commandLine,
    int threads,
    Instant startedAt,
    Duration wallTime) {
  public Reproducibility {
    Checks.nonBlank("kubeplan version", kubeplanVersion);
    commandLine = List.copyOf(commandLine);
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
    if (wallTime.isNegative()) {
      throw new IllegalArgumentException("wall time must not be negative: " + wallTime);
    }
  }
}
