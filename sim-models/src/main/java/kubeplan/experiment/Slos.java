package kubeplan.experiment;

import java.util.ArrayList;
import java.util.List;
import kubeplan.results.Slo;
import kubeplan.results.SloMetric;
import kubeplan.results.SloScope;
import kubeplan.results.SloTarget;
import kubeplan.scenario.SloSpec;

/** The scenario's {@code slo:} as targets in the units of summary.csv (ms, fractions). */
public final class Slos {
  private Slos() {}

  static Slo of(SloSpec spec) {
    return new Slo(targets(spec), spec.measuredAt() == SloSpec.MeasuredAt.EDGE
        ? SloScope.EDGE : SloScope.CLIENT);
  }

  /** The targets of {@code spec} in the order of summary.csv's columns. */
  public static List<SloTarget> targets(SloSpec spec) {
    List<SloTarget> targets = new ArrayList<>();
    spec.latencyMean().ifPresent(d -> targets.add(ms(SloMetric.LATENCY_MEAN, d)));
    spec.latencyP50().ifPresent(d -> targets.add(ms(SloMetric.LATENCY_P50, d)));
    spec.latencyP90().ifPresent(d -> targets.add(ms(SloMetric.LATENCY_P90, d)));
    spec.latencyP99().ifPresent(d -> targets.add(ms(SloMetric.LATENCY_P99, d)));
    spec.latencyP999().ifPresent(d -> targets.add(ms(SloMetric.LATENCY_P999, d)));
    spec.errorRate().ifPresent(rate -> targets.add(new SloTarget(SloMetric.ERROR_RATE, rate)));
    return targets;
  }

  private static SloTarget ms(SloMetric metric, java.time.Duration limit) {
    return new SloTarget(metric, limit.toNanos() / 1e6);
  }
}
