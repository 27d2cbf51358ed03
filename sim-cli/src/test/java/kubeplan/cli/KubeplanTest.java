package kubeplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.ParseResult;

/** The command's surface, executed in-process: help, version, completion and argument errors. */
class KubeplanTest {

  @Test
  void noArguments_printsHelpListingEveryCommand() {
    Execution run = Execution.of();
    assertEquals(ExitStatus.OK, run.status());
    for (String command :
        List.of("run", "validate", "plan", "bench", "version", "completion", "help")) {
      assertTrue(run.out().contains("  " + command + " "), () -> command + " in\n" + run.out());
    }
    assertTrue(run.out().contains("Examples:"), run.out());
    assertEquals("", run.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"run", "validate", "bench", "version", "completion"})
  void help_ofEachCommand_showsUsageAndExamples(String command) {
    Execution help = Execution.of(command, "--help");
    assertEquals(ExitStatus.OK, help.status());
    assertTrue(help.out().startsWith("Usage: kubeplan " + command), help.out());
    String examples = help.out().substring(help.out().indexOf("Example"));
    assertTrue(examples.contains("  kubeplan " + command), help.out());
  }

  @Test
  void planHelp_documentsTheNoPlanExitStatus() {
    Execution help = Execution.of("plan", "--help");
    assertEquals(ExitStatus.OK, help.status());
    assertTrue(help.out().contains("3 nothing in the search space meets the SLO"), help.out());
  }

  @Test
  void runHelp_documentsEveryOptionOfTheIssue() {
    String help = Execution.of("run", "--help").out();
    for (String option :
        List.of("--out", "--threads", "--replications", "--seed", "--duration", "--progress",
            "--quiet", "--force", "--fail-on-slo", "--debug")) {
      assertTrue(help.contains(option), () -> option + " missing from\n" + help);
    }
  }

  @Test
  void version_printsKubeplanAndJavaVersions() {
    Execution version = Execution.of("version");
    assertEquals(ExitStatus.OK, version.status());
    List<String> lines = version.out().lines().toList();
    assertEquals(2, lines.size(), version.out());
    assertTrue(lines.get(0).startsWith("kubeplan "), lines.get(0));
    assertTrue(lines.get(1).startsWith("Java " + Runtime.version().feature()), lines.get(1));
  }

  @Test
  void completion_printsABashScriptCompletingTheSubcommands() {
    Execution completion = Execution.of("completion");
    assertEquals(ExitStatus.OK, completion.status());
    assertTrue(completion.out().startsWith("#!/usr/bin/env bash"), completion.out());
    assertTrue(completion.out().contains("complete -F _complete_kubeplan"), "registers kubeplan");
    assertTrue(completion.out().contains("--fail-on-slo"), "knows run's options");
  }

  @Test
  void plan_missingFile_refusedWithOneLineNamingIt() {
    Execution plan = Execution.of("plan", "scenario.yaml");
    assertEquals(ExitStatus.REFUSED, plan.status());
    assertEquals("", plan.out());
    assertEquals(1, plan.err().lines().count(), plan.err());
    assertTrue(plan.err().startsWith("scenario.yaml"), plan.err());
  }

  @Test
  void bench_smallRun_printsTheEngineAgainstTheBareLoop() {
    Execution bench = Execution.of("bench", "--customers", "20000", "--rounds", "1");
    assertEquals(ExitStatus.OK, bench.status(), bench.err());
    assertTrue(bench.out().contains("engine / bare loop"), bench.out());
    assertTrue(bench.out().contains("2 threads / 1 thread"), bench.out());
  }

  @Test
  void bench_tooFewCustomers_isRefusedWithTheRule() {
    Execution bench = Execution.of("bench", "--customers", "5");
    assertEquals(ExitStatus.REFUSED, bench.status());
    assertTrue(bench.err().contains("customers must be >= 10: 5"), bench.err());
  }

  @Test
  void unknownOption_isRefusedWithASuggestionAndNoUsageDump() {
    Execution run = Execution.of("run", "--thread", "2", "x.yaml");
    assertEquals(ExitStatus.REFUSED, run.status());
    assertTrue(run.err().contains("Unknown option: '--thread'"), run.err());
    assertTrue(run.err().contains("--threads"), "suggests --threads: " + run.err());
    assertTrue(run.err().lines().count() <= 4, run.err());
    assertEquals("", run.out());
  }

  @Test
  void unknownCommand_isRefusedWithASuggestion() {
    Execution run = Execution.of("runn", "x.yaml");
    assertEquals(ExitStatus.REFUSED, run.status());
    assertTrue(run.err().contains("Did you mean: kubeplan run?"), run.err());
  }

  @Test
  void run_withoutInputs_isRefused() {
    Execution run = Execution.of("run");
    assertEquals(ExitStatus.REFUSED, run.status());
    assertTrue(run.err().contains("FILE|DIR"), run.err());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--threads=0|--threads must be at least 1: 0",
        "--replications=1|--replications must be at least 2",
        "--seed=abc|'abc' is not a long",
        "--progress=sometimes|Invalid value for option '--progress'",
        "--duration=0s|--duration must be positive",
        "--duration=30|Invalid value for option '--duration'",
      })
  void run_withABadOptionValue_isRefusedNamingTheOption(String argumentAndMessage) {
    String[] parts = argumentAndMessage.split("\\|");
    Execution run = Execution.of("run", parts[0], "missing.yaml");
    assertEquals(ExitStatus.REFUSED, run.status(), run.err());
    assertTrue(run.err().contains(parts[1]), () -> parts[1] + " not in " + run.err());
  }

  @Test
  void progress_acceptsTheLowerCaseValuesItsHelpShows() {
    ParseResult parsed = Kubeplan.commandLine().parseArgs("run", "--progress", "off", "x.yaml");
    assertEquals(ProgressMode.OFF, parsed.subcommand().matchedOptionValue("--progress", null));
  }
}
