package kubeplan.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kubeplan completion}: a bash and zsh completion script generated from the commands. */
@Command(
    name = "completion",
    description = {
      "Prints a completion script for bash and zsh (zsh through bashcompinit).",
      "Load it in the current shell with: source <(kubeplan completion)",
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  source <(kubeplan completion)",
      "  kubeplan completion > /etc/bash_completion.d/kubeplan",
    })
final class CompletionCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    String script = AutoComplete.bash("kubeplan", spec.root().commandLine());
    spec.commandLine().getOut().print(script);
    spec.commandLine().getOut().flush();
    return ExitStatus.OK;
  }
}
