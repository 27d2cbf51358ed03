package kubeplan.experiment;

import kubeplan.results.ScenarioResults;
import kubeplan.scenario.ScenarioFile;

/**
 * The simulation pipeline's entry point, as sim-cli calls it. This branch (cli) holds only its
 * signature so that the command compiles; the pipeline's own branch replaces this class on merge.
 */
public final class Experiment {
  private Experiment() {}

  /**
   * Runs every exposure of every sweep point of {@code file}.
   *
   * @throws UnsupportedOperationException always, until the pipeline is merged
   */
  public static ScenarioResults run(
      ScenarioFile file, RunOptions options, ProgressListener progress)
      throws InterruptedException {
    throw new UnsupportedOperationException("pipeline not merged");
  }
}
