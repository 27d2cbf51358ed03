package kubeplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar as a user runs it, in a fresh working folder holding the test scenarios:
 * {@code scenarios/} (tiny, sweep, unreachable-slo), {@code malformed/bad.yaml} and
 * {@code long/long.yaml}.
 */
class KubeplanIT {
  @TempDir Path dir;

  @BeforeEach
  void copyScenarios() throws IOException, URISyntaxException {
    Path fixtures = Path.of(KubeplanIT.class.getResource("scenarios").toURI()).getParent();
    try (Stream<Path> files = Files.walk(fixtures)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path copy = dir.resolve(fixtures.relativize(file).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy);
      }
    }
  }

  @Test
  void noArguments_printsHelp() throws Exception {
    Execution kubeplan = JarProcess.run(dir);
    assertEquals(ExitStatus.OK, kubeplan.status());
    assertTrue(kubeplan.out().startsWith("Usage: kubeplan"), kubeplan.out());
  }

  @Test
  void version_readsTheJarManifest() throws Exception {
    Execution version = JarProcess.run(dir, "version");
    assertEquals(ExitStatus.OK, version.status());
    assertTrue(
        Pattern.compile("kubeplan \\d+\\.\\d+\\.\\d+\\S*\nJava \\d+").matcher(version.out()).find(),
        version.out());
  }

  @Test
  void completion_printsAScriptForBash() throws Exception {
    Execution completion = JarProcess.run(dir, "completion");
    assertEquals(ExitStatus.OK, completion.status());
    assertTrue(completion.out().contains("complete -F _complete_kubeplan"), completion.out());
  }

  @Test
  void validate_malformedScenario_printsEachErrorAtFileLineColumnAndExits2() throws Exception {
    Execution validate = JarProcess.run(dir, "validate", "malformed/bad.yaml");
    assertEquals(ExitStatus.REFUSED, validate.status(), validate.err());
    assertEquals("", validate.out());
    List<String> lines = validate.err().lines().toList();
    assertTrue(lines.size() >= 3, () -> "every error, not the first only: " + lines);
    Pattern located = Pattern.compile("malformed/bad\\.yaml:\\d+:\\d+: .+");
    assertTrue(lines.stream().allMatch(line -> located.matcher(line).matches()), lines::toString);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("malformed/bad.yaml:3:")
        && l.contains("duration")), () -> "the bare number 5: " + lines);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("malformed/bad.yaml:4:")
        && l.contains("replicsa")), () -> "the unknown key: " + lines);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("malformed/bad.yaml:10:")
        && l.contains("Loadbalancer")), () -> "the misspelt type: " + lines);
  }

  @Test
  void validate_goodScenarios_printOkWithPointsAndExposures() throws Exception {
    Execution validate =
        JarProcess.run(dir, "validate", "scenarios/tiny.yaml", "scenarios/sweep.yaml");
    assertEquals(ExitStatus.OK, validate.status(), validate.err());
    assertEquals(
        List.of(
            "ok: scenarios/tiny.yaml (1 point, 2 exposures)",
            "ok: scenarios/sweep.yaml (2 points, 2 exposures)"),
        validate.out().lines().toList());
  }

  @Test
  void run_withOneMalformedInput_refusesTheWholeBatchAndWritesNothing() throws Exception {
    Execution run = JarProcess.run(dir, "run", "scenarios/tiny.yaml", "malformed/bad.yaml");
    assertEquals(ExitStatus.REFUSED, run.status(), run.err());
    assertTrue(run.err().startsWith("malformed/bad.yaml:"), run.err());
    assertFalse(run.err().contains("\tat "), () -> "no stack trace: " + run.err());
    assertFalse(Files.exists(dir.resolve("out")), "nothing written");
  }

  @Test
  void run_missingFile_isOneLineAndExit2() throws Exception {
    Execution run = JarProcess.run(dir, "run", "nowhere.yaml");
    assertEquals(ExitStatus.REFUSED, run.status(), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().contains("nowhere.yaml"), run.err());
  }

  @Test
  void run_intoANonEmptyFolderWithoutForce_exits2AndLeavesItAlone() throws Exception {
    Path old = dir.resolve("out/tiny/summary.csv");
    Files.createDirectories(old.getParent());
    Files.writeString(old, "an earlier report");
    Execution run = JarProcess.run(dir, "run", "scenarios/tiny.yaml");
    assertEquals(ExitStatus.REFUSED, run.status(), run.err());
    assertEquals(
        "kubeplan: output folder out/tiny is not empty; use --force to replace it,"
            + " or --out to write elsewhere",
        run.err().strip());
    assertEquals("an earlier report", Files.readString(old));
    assertEquals(List.of(old.getParent(), old), listFiles(dir.resolve("out")));
  }

  // The tests below run the simulation pipeline (Experiment.run) and the report writers.

  @Test
  void run_progressOff_printsNothingButTheReportsPath() throws Exception {
    Execution run = JarProcess.run(dir, "run", "scenarios/tiny.yaml", "--progress", "off");
    assertEquals(ExitStatus.OK, run.status(), run.err());
    assertEquals("", run.err());
    assertEquals("tiny: out/tiny/report.html\n", run.out());
    assertTrue(Files.isRegularFile(dir.resolve("out/tiny/summary.csv")));
  }

  @Test
  void run_progressAutoInALog_printsPlainLinesWithoutABar() throws Exception {
    Execution run = JarProcess.run(dir, "run", "scenarios/sweep.yaml");
    assertEquals(ExitStatus.OK, run.status(), run.err());
    List<String> lines = run.err().lines().toList();
    assertTrue(lines.get(0).startsWith("tiny-sweep: running "), run.err());
    assertTrue(lines.get(lines.size() - 1).contains("(100%)"), run.err());
    assertFalse(run.err().contains("\r"), "no carriage returns in a log");
  }

  @Test
  void run_progressOn_drawsTheBarEvenInALog() throws Exception {
    Execution run = JarProcess.run(dir, "run", "scenarios/tiny.yaml", "--progress", "on");
    assertEquals(ExitStatus.OK, run.status(), run.err());
    assertTrue(run.err().startsWith("\rtiny "), run.err());
    assertTrue(run.err().contains("100%"), run.err());
  }

  @Test
  void run_oneOrTwoThreads_writeByteIdenticalCsvFiles() throws Exception {
    Execution one =
        JarProcess.run(dir, "run", "scenarios/sweep.yaml", "--threads", "1", "--out", "one");
    Execution two =
        JarProcess.run(dir, "run", "scenarios/sweep.yaml", "--threads", "2", "--out", "two");
    assertEquals(ExitStatus.OK, one.status(), one.err());
    assertEquals(ExitStatus.OK, two.status(), two.err());
    List<Path> csvFiles =
        listFiles(dir.resolve("one")).stream()
            .filter(file -> file.toString().endsWith(".csv"))
            .map(dir.resolve("one")::relativize)
            .toList();
    assertTrue(csvFiles.contains(Path.of("summary.csv")), csvFiles::toString);
    for (Path csv : csvFiles) {
      assertEquals(
          Files.readString(dir.resolve("one").resolve(csv)),
          Files.readString(dir.resolve("two").resolve(csv)),
          csv::toString);
    }
  }

  @Test
  void run_aFolder_writesOneFolderPerScenarioAndTheBatchIndex() throws Exception {
    Execution run = JarProcess.run(dir, "run", "scenarios", "--progress", "off");
    assertEquals(ExitStatus.OK, run.status(), run.err());
    for (String name : List.of("tiny", "tiny-sweep", "unreachable-slo")) {
      assertTrue(Files.isRegularFile(dir.resolve("out").resolve(name).resolve("report.html")),
          name);
    }
    assertTrue(Files.isRegularFile(dir.resolve("out/index.html")));
    assertTrue(Files.isRegularFile(dir.resolve("out/summary.csv")));
  }

  @Test
  void run_failOnSlo_exits4WhenNoExposureMeetsTheSlo_andStillWritesTheReport() throws Exception {
    Execution run = JarProcess.run(
        dir, "run", "scenarios/unreachable-slo.yaml", "--progress", "off", "--fail-on-slo");
    assertEquals(ExitStatus.SLO_MISSED, run.status(), run.err());
    assertTrue(run.out().contains("unreachable-slo: no exposure meets the SLO"), run.out());
    assertTrue(Files.isRegularFile(dir.resolve("out/unreachable-slo/report.html")));
  }

  @Test
  void run_withoutFailOnSlo_exits0WhateverTheVerdict() throws Exception {
    Execution run =
        JarProcess.run(dir, "run", "scenarios/unreachable-slo.yaml", "--progress", "off");
    assertEquals(ExitStatus.OK, run.status(), run.err());
  }

  @Test
  void run_sigtermDuringTheRun_exits130AndLeavesNoFolder() throws Exception {
    Process kubeplan =
        JarProcess.start(
            ProcessBuilder.Redirect.DISCARD,
            ProcessBuilder.Redirect.PIPE,
            dir,
            "run",
            "long/long.yaml");
    try (BufferedReader err =
        new BufferedReader(
            new InputStreamReader(kubeplan.getErrorStream(), StandardCharsets.UTF_8))) {
      String first = err.readLine();
      assertTrue(first != null && first.startsWith("long: running "), () -> "got: " + first);
      kubeplan.toHandle().destroy(); // SIGTERM, keeping our end of the pipes open
      assertEquals(ExitStatus.INTERRUPTED, kubeplan.waitFor());
      String rest = readRest(err);
      assertTrue(rest.contains("kubeplan: interrupted"), rest);
    }
    assertEquals(List.of(), listFiles(dir.resolve("out")), "no report, no temporary folder");
  }

  private static String readRest(BufferedReader reader) throws IOException {
    StringBuilder text = new StringBuilder();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      text.append(line).append('\n');
    }
    return text.toString();
  }

  /** Every file and folder under {@code root}, empty when it does not exist. */
  private static List<Path> listFiles(Path root) {
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.walk(root)) {
      return entries.filter(path -> !path.equals(root)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
