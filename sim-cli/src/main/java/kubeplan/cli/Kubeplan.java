package kubeplan.cli;

import java.util.concurrent.Callable;
import org.djutils.logger.CategoryLogger;
import org.pmw.tinylog.Level;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code kubeplan} command: simulates how to expose Kubernetes services, and at what cost. */
@Command(
    name = "kubeplan",
    mixinStandardHelpOptions = true,
    scope = ScopeType.INHERIT,
    versionProvider = KubeplanVersion.class,
    description = {
      "Simulates the ways of exposing Kubernetes services (a LoadBalancer per Service, NodePorts,"
          + " one Ingress) and compares their latency, throughput and cost.",
    },
    subcommands = {
      RunCommand.class,
      ValidateCommand.class,
      PlanCommand.class,
      BenchCommand.class,
      VersionCommand.class,
      CompletionCommand.class,
      CommandLine.HelpCommand.class,
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  kubeplan run scenarios/seed-three-exposures.yaml",
      "  kubeplan run scenarios/ --out reports/ --threads 4",
      "  kubeplan validate scenarios/",
      "  kubeplan help run",
      "",
      "Exit status: 0 done, 1 failed, 2 input refused, 4 SLO missed (run --fail-on-slo),"
          + " 130 interrupted.",
    })
public final class Kubeplan implements Callable<Integer> {
  @Spec private CommandSpec spec;

  /** Runs the command and exits with its status. */
  public static void main(String[] args) {
    Preload.start();
    // DSOL logs through djutils' CategoryLogger (tinylog): its warnings are not for our users.
    CategoryLogger.setAllLogLevel(Level.ERROR);
    System.exit(commandLine().execute(args));
  }

  /** The command with its error handling, ready for {@link CommandLine#execute}. */
  static CommandLine commandLine() {
    Failures failures = new Failures();
    return new CommandLine(new Kubeplan())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(failures)
        .setParameterExceptionHandler(failures);
  }

  /** Without a subcommand, prints the help. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitStatus.OK;
  }
}
