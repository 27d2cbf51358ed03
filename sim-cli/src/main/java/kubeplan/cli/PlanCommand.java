package kubeplan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kubeplan plan}: the capacity planner's place in the command. The planner is not part of
 * this version, and the command says so rather than pretending.
 */
@Command(
    name = "plan",
    description = {
      "Finds the cheapest setup (exposure, replicas, nodes) that meets the scenario's SLO"
          + " (not in this version).",
      "Not available in this version of kubeplan: it exits with status 1. Meanwhile, sweep the"
          + " candidates with 'kubeplan run' and read the SLO verdict in report.html.",
    },
    footerHeading = "%nExit status:%n",
    footer = "  0 a plan was found, 3 nothing in the search space meets the SLO, 1 failed.")
final class PlanCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The scenario file, with a plan: section.")
  private Path file;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println(
        "kubeplan plan: capacity planning is not available in this version of kubeplan;"
            + " compare setups with a sweep in 'kubeplan run' instead");
    spec.commandLine().getErr().flush();
    return ExitStatus.FAILED;
  }
}
