package kubeplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** Failures reach the user as one line each, with the stack trace only under --debug. */
class FailuresTest {

  @Test
  void run_missingScenario_printsItsProblemOnOneLineWithoutAStackTrace() {
    Execution run = Execution.of("run", "nowhere.yaml");
    assertEquals(ExitStatus.REFUSED, run.status());
    assertEquals("nowhere.yaml:1:1: cannot read file: no such file", run.err().strip());
  }

  @Test
  void run_missingScenarioWithDebug_addsTheStackTrace() {
    Execution run = Execution.of("run", "--debug", "nowhere.yaml");
    assertEquals(ExitStatus.REFUSED, run.status());
    assertTrue(run.err().startsWith("nowhere.yaml:1:1: cannot read file: no such file\n"),
        run.err());
    assertTrue(run.err().contains("kubeplan.scenario.ScenarioException"), run.err());
    assertTrue(run.err().contains("\tat "), run.err());
  }

  @Test
  void describe_fileProblems_nameTheFileWithoutTheExceptionType() {
    assertEquals(
        "no such file or folder: out/x", Failures.describe(new NoSuchFileException("out/x")));
    assertEquals(
        "permission denied: /etc/kubeplan",
        Failures.describe(new UncheckedIOException(new AccessDeniedException("/etc/kubeplan"))));
    assertEquals("input/output error: disk full", Failures.describe(new IOException("disk full")));
  }

  @Test
  void describe_aBug_saysInternalErrorAndKeepsTheType() {
    String line = Failures.describe(new IllegalStateException("heap is empty"));
    assertEquals("internal error: java.lang.IllegalStateException: heap is empty", line);
    assertFalse(line.contains("\n"));
  }
}
