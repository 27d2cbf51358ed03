package kubeplan.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kubeplan version}: which kubeplan and which Java, for bug reports. */
@Command(
    name = "version",
    description = "Prints the kubeplan version and the Java runtime it runs on.",
    footerHeading = "%nExample:%n",
    footer = "  kubeplan version")
final class VersionCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (String line : new KubeplanVersion().getVersion()) {
      out.println(line);
    }
    return ExitStatus.OK;
  }
}
