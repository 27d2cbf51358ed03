package kubeplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import kubeplan.scenario.Problem;
import kubeplan.scenario.ScenarioException;
import kubeplan.scenario.ScenarioFile;
import kubeplan.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kubeplan validate}: reads scenario files and their manifests as {@code run} would, and
 * says for each one that it is fine or everything that is wrong with it.
 */
@Command(
    name = "validate",
    description = {
      "Checks scenario files and the manifests they reference without running anything.",
      "Prints 'ok: FILE (N points, M exposures)' per good file, and every error as"
          + " FILE:LINE:COLUMN: field: message.",
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  kubeplan validate scenarios/seed-three-exposures.yaml",
      "  kubeplan validate scenarios/",
      "",
      "Exit status: 0 all inputs are valid, 2 some input has errors.",
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private DebugOption debug;

  @Parameters(
      paramLabel = "FILE|DIR",
      arity = "1..*",
      description = "Scenario files, or folders of them.")
  private List<Path> inputs;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int status = ExitStatus.OK;
    for (Path input : inputs) {
      try {
        List<ScenarioFile> files = ScenarioReader.readAll(List.of(input));
        for (ScenarioFile file : files) {
          out.println("ok: " + file.source() + " (" + count(file.points().size(), "point") + ", "
              + count(file.points().get(0).scenario().exposures().size(), "exposure") + ")");
        }
        Notes.print(files, err, false);
      } catch (ScenarioException refused) {
        for (Problem problem : refused.problems()) {
          err.println(problem);
        }
        status = ExitStatus.REFUSED;
      }
    }
    out.flush();
    err.flush();
    return status;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
