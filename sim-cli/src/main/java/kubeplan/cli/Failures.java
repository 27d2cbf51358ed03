package kubeplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import kubeplan.report.OutputExistsException;
import kubeplan.scenario.Problem;
import kubeplan.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into one line per problem on stderr and its exit status; the stack trace
 * follows only with {@code --debug}.
 */
final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler {

  /** A bad argument: the message, any suggestion, and where to find the usage. Exit 2. */
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine command = ex.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(command.getCommandSpec().qualifiedName() + ": " + ex.getMessage());
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more.");
    err.flush();
    return ExitStatus.REFUSED;
  }

  /** A failure while a command ran. */
  @Override
  public int handleExecutionException(Exception ex, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    boolean debug = debug(command);
    int status = report(ex, err, debug);
    if (debug) {
      ex.printStackTrace(err);
    }
    err.flush();
    return status;
  }

  private static int report(Exception ex, PrintWriter err, boolean debug) {
    if (ex instanceof ScenarioException refused) {
      for (Problem problem : refused.problems()) {
        err.println(problem);
      }
      return ExitStatus.REFUSED;
    }
    if (ex instanceof InputRefusedException refused) {
      for (String reason : refused.reasons()) {
        err.println("kubeplan: " + reason);
      }
      return ExitStatus.REFUSED;
    }
    if (ex instanceof OutputExistsException exists) {
      err.println("kubeplan: " + OutputLayout.occupied(Path.of(exists.getFile())));
      return ExitStatus.REFUSED;
    }
    if (ex instanceof InterruptedException
        || ex instanceof CancellationException
        || ex instanceof ClosedByInterruptException
        || Thread.currentThread().isInterrupted()) {
      // The shutdown hook that interrupted the command says so once the clean-up is done.
      return ExitStatus.INTERRUPTED;
    }
    err.println("kubeplan: " + describe(ex) + (debug ? "" : " (--debug shows where)"));
    return ExitStatus.FAILED;
  }

  /** One line saying what failed, readable without the exception's type name. */
  static String describe(Throwable ex) {
    Throwable cause = ex instanceof UncheckedIOException ? ex.getCause() : ex;
    if (cause instanceof NoSuchFileException missing) {
      return "no such file or folder: " + missing.getFile();
    }
    if (cause instanceof AccessDeniedException denied) {
      return "permission denied: " + denied.getFile();
    }
    if (cause instanceof FileSystemException fs) {
      return fs.getMessage();
    }
    if (cause instanceof IOException io) {
      return "input/output error: " + io.getMessage();
    }
    return "internal error: " + cause;
  }

  private static boolean debug(CommandLine command) {
    OptionSpec option = command.getCommandSpec().findOption(DebugOption.NAME);
    return option != null && Boolean.TRUE.equals(option.getValue());
  }
}
