package kubeplan.experiment;

import java.util.Optional;
import kubeplan.results.Precision;
import kubeplan.results.Warmup;
import kubeplan.scenario.RunSpec;

/** The run settings as the report states them. */
final class Settings {
  private Settings() {}

  static Warmup warmup(RunSpec run) {
    return run.warmup() instanceof kubeplan.scenario.Warmup.Fixed fixed
        ? new Warmup.Fixed(fixed.length()) : new Warmup.Mser5();
  }

  static Optional<Precision> precision(RunSpec run) {
    return run.precision().map(p ->
        new Precision(p.metric(), p.relativeHalfWidth(), p.maxReplications()));
  }
}
