package kubeplan.cli;

import picocli.CommandLine.Option;

/** {@code --debug}: stack traces with errors, for reporting a bug. */
final class DebugOption {
  static final String NAME = "--debug";

  @Option(names = NAME, description = "Print the stack trace with an error.")
  boolean debug;
}
