package kubeplan.results;

import java.util.List;

/** The results of several scenario files run by one command, in the order they were given. */
public record BatchResults(List<ScenarioResults> scenarios) {
  public BatchResults {
    scenarios = List.copyOf(scenarios);
    if (scenarios.isEmpty()) {
      throw new IllegalArgumentException("a batch needs at least one scenario");
    }
    Checks.unique("scenario names in a batch", scenarios, ScenarioResults::name);
  }
}
