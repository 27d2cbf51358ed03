package kubeplan.experiment;

import kubeplan.scenario.RunSpec;
import kubeplan.scenario.Scenario;

/** The command line's {@code --seed}, {@code --replications} and {@code --duration}, which win over the file. */
final class Overrides {
  private Overrides() {}

  static Scenario apply(Scenario scenario, RunOptions options) {
    RunSpec run = scenario.run();
    RunSpec overridden = new RunSpec(options.duration().orElse(run.duration()), run.warmup(),
        options.replications().orElse(run.replications()), run.confidence(),
        options.replications().isPresent() ? java.util.Optional.empty() : run.precision());
    return new Scenario(scenario.name(), scenario.description(),
        options.seed().orElse(scenario.seed()), overridden, scenario.cluster(),
        scenario.services(), scenario.exposures(), scenario.workload(), scenario.slo(),
        scenario.pricing());
  }
}
