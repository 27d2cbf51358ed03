package kubeplan.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process execution of the kubeplan command: its exit status, stdout and stderr. */
record Execution(int status, String out, String err) {
  /** Executes {@code kubeplan args…} in this JVM, capturing what it prints. */
  static Execution of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        Kubeplan.commandLine()
            .setOut(new PrintWriter(out))
            .setErr(new PrintWriter(err))
            .execute(args);
    return new Execution(status, out.toString(), err.toString());
  }
}
