package kubeplan.results;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kubeplan.scenario.SloSpec;
import kubeplan.scenario.SloSpec.MeasuredAt;

/**
 * The scenario's service-level objective: every target must hold at the upper end of its confidence
 * interval (measurement.md). No targets means every exposure meets it.
 */
public record Slo(List<SloTarget> targets, MeasuredAt measuredAt) {
  public Slo {
    targets = List.copyOf(targets);
    Checks.unique("SLO targets", targets, target -> target.metric().scenarioKey());
  }

  /** An SLO with no targets. */
  public static Slo none() {
    return new Slo(List.of(), MeasuredAt.CLIENT);
  }

  /** The targets a scenario's {@code slo:} sets, latencies in milliseconds. */
  public static Slo of(SloSpec spec) {
    List<SloTarget> targets = new ArrayList<>();
    latency(targets, SloMetric.LATENCY_MEAN, spec.latencyMean());
    latency(targets, SloMetric.LATENCY_P50, spec.latencyP50());
    latency(targets, SloMetric.LATENCY_P90, spec.latencyP90());
    latency(targets, SloMetric.LATENCY_P99, spec.latencyP99());
    latency(targets, SloMetric.LATENCY_P999, spec.latencyP999());
    spec.errorRate().ifPresent(limit -> targets.add(new SloTarget(SloMetric.ERROR_RATE, limit)));
    return new Slo(targets, spec.measuredAt());
  }

  private static void latency(List<SloTarget> targets, SloMetric metric, Optional<Duration> limit) {
    limit.ifPresent(duration -> targets.add(new SloTarget(metric, duration.toNanos() / 1e6)));
  }
}
