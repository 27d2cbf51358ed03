package kubeplan.results;

import java.util.List;

/**
 * The scenario's service-level objective: every target must hold at the upper end of its
 * confidence interval (measurement.md). No targets means every exposure meets it.
 */
public record Slo(List<SloTarget> targets, SloScope measuredAt) {
  public Slo {
    targets = List.copyOf(targets);
    Checks.unique("SLO targets", targets, target -> target.metric().scenarioKey());
  }

  /** An SLO with no targets. */
  public static Slo none() {
    return new Slo(List.of(), SloScope.CLIENT);
  }
}
