package kubeplan.plan;

import java.util.Objects;
import kubeplan.scenario.Scenario;
import kubeplan.scenario.ScenarioFile;

/**
 * A scenario file read for planning: the scenario as the reader resolved it and its plan section.
 *
 * @param file the scenario file (one point: a plan is made for one load)
 * @param plan the plan section with every default applied
 */
public record PlanFile(ScenarioFile file, PlanSpec plan) {
  public PlanFile {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(plan, "plan");
  }

  /** The scenario the plan starts from. */
  public Scenario scenario() {
    return file.points().get(0).scenario();
  }
}
