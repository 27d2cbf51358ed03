package kubeplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import kubeplan.experiment.Experiment;
import kubeplan.experiment.RunOptions;
import kubeplan.report.BatchReportWriter;
import kubeplan.report.ReportWriter;
import kubeplan.report.html.HtmlReport;
import kubeplan.report.html.IndexPage;
import kubeplan.results.BatchResults;
import kubeplan.results.PointResults;
import kubeplan.results.ScenarioResults;
import kubeplan.scenario.ScenarioFile;
import kubeplan.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kubeplan run}: validates every input, simulates every scenario and writes its reports. The
 * inputs are read and the output folders checked before anything runs, so bad input costs nothing
 * and leaves nothing behind.
 */
@Command(
    name = "run",
    sortOptions = false,
    description = {
      "Simulates every exposure of each scenario at every sweep point and writes the reports"
          + " (CSV files, charts, report.html, run.json).",
      "All inputs are validated first: any error stops the run before it starts, with nothing"
          + " written.",
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  kubeplan run scenarios/seed-three-exposures.yaml",
      "      writes out/seed-three-exposures/report.html and its CSV files",
      "  kubeplan run scenarios/ --out reports/",
      "      one folder per scenario under reports/, with index.html and summary.csv",
      "  kubeplan run my.yaml --replications 4 --duration 30s --seed 7",
      "      a quick look before the full run",
      "  kubeplan run my.yaml --progress off --fail-on-slo",
      "      in CI: exit status 4 when at some point no exposure meets the SLO",
      "",
      "Exit status: 0 done, 1 failed, 2 input refused, 4 SLO missed (--fail-on-slo),"
          + " 130 interrupted.",
    })
final class RunCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private DebugOption debug;

  @Parameters(
      paramLabel = "FILE|DIR",
      arity = "1..*",
      description = "Scenario files, or folders of them (a batch).")
  private List<Path> inputs;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = {
        "The report folder; default out/<scenario name>/.",
        "For several inputs or a folder: the batch's root, one folder per scenario; default out/.",
      })
  private Optional<Path> out = Optional.empty();

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads that simulate replications and draw charts; default all cores"
          + " (${DEFAULT-VALUE} here). Results are the same for any N.")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--replications",
      paramLabel = "N",
      description = "Replications per point, instead of the file's run.replications (and"
          + " run.precision); at least 2.")
  private Optional<Integer> replications = Optional.empty();

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "The seed of every random stream, instead of the file's seed.")
  private Optional<Long> seed = Optional.empty();

  @Option(
      names = "--duration",
      paramLabel = "D",
      converter = DurationConverter.class,
      description = "The measurement window per replication, instead of the file's run.duration;"
          + " e.g. 30s, 5m.")
  private Optional<Duration> duration = Optional.empty();

  @Option(
      names = "--progress",
      paramLabel = "auto|on|off",
      description = "auto (default): a progress bar on a terminal, a line each 10%% in a log;"
          + " on: always the bar; off: nothing.")
  private ProgressMode progress = ProgressMode.AUTO;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print errors only: no progress, no list of written reports.")
  private boolean quiet;

  @Option(
      names = "--force",
      description = "Replace existing report folders (each one once its new report is complete).")
  private boolean force;

  @Option(
      names = "--fail-on-slo",
      description = "Exit with status 4 when at some sweep point no exposure meets the SLO.")
  private boolean failOnSlo;

  @Override
  public Integer call() throws Exception {
    RunOptions options = options();
    return Interruption.guard(() -> {
      List<ScenarioFile> files = ScenarioReader.readAll(inputs);
      OutputLayout layout = OutputLayout.of(inputs, out);
      layout.check(files.stream().map(ScenarioFile::name).toList(), force);
      Notes.print(files, spec.commandLine().getErr(), quiet);
      boolean sloMissed = runAll(files, layout, options);
      return failOnSlo && sloMissed ? ExitStatus.SLO_MISSED : ExitStatus.OK;
    });
  }

  /**
   * Runs every scenario, then writes the reports (all at once for a batch); true when some
   * scenario misses the SLO at some point.
   */
  private boolean runAll(List<ScenarioFile> files, OutputLayout layout, RunOptions options)
      throws Exception {
    ProgressMode shown = quiet ? ProgressMode.OFF : progress;
    boolean terminal = System.console() != null;
    List<ScenarioResults> all = new ArrayList<>();
    for (ScenarioFile file : files) {
      try (ProgressDisplay display = shown.open(file.name(), terminal)) {
        all.add(Experiment.run(file, options, display));
      }
    }
    if (layout.batch()) {
      BatchReportWriter.write(new BatchResults(all), layout.root(), force);
    } else {
      ReportWriter.write(all.get(0), layout.folderOf(all.get(0).name()), force);
    }
    boolean sloMissed = false;
    PrintWriter stdout = spec.commandLine().getOut();
    for (ScenarioResults results : all) {
      List<Integer> missed = pointsMissingSlo(results);
      sloMissed |= !missed.isEmpty();
      if (!quiet) {
        Path report = layout.folderOf(results.name()).resolve(HtmlReport.FILE);
        stdout.println(results.name() + ": " + report);
        if (!missed.isEmpty()) {
          stdout.println(results.name() + ": no exposure meets the SLO"
              + (results.swept() ? " at sweep points " + missed : ""));
        }
      }
    }
    if (layout.batch() && !quiet) {
      stdout.println("index: " + layout.root().resolve(IndexPage.FILE));
    }
    stdout.flush();
    return sloMissed;
  }

  private RunOptions options() {
    if (threads < 1) {
      throw new ParameterException(
          spec.commandLine(), "--threads must be at least 1: " + threads);
    }
    if (replications.isPresent() && replications.get() < 2) {
      throw new ParameterException(spec.commandLine(),
          "--replications must be at least 2 (a confidence interval needs two): "
              + replications.get());
    }
    if (duration.isPresent() && duration.get().isZero()) {
      throw new ParameterException(spec.commandLine(), "--duration must be positive: 0");
    }
    return new RunOptions(
        threads,
        replications.map(OptionalInt::of).orElseGet(OptionalInt::empty),
        seed.map(OptionalLong::of).orElseGet(OptionalLong::empty),
        duration,
        commandLine());
  }

  /** The command line as typed, for run.json. */
  private List<String> commandLine() {
    List<String> typed = new ArrayList<>(List.of("kubeplan"));
    typed.addAll(spec.root().commandLine().getParseResult().originalArgs());
    return typed;
  }

  /** The sweep points (0-based) at which no exposure meets the SLO. */
  private static List<Integer> pointsMissingSlo(ScenarioResults results) {
    return results.points().stream()
        .filter(point -> point.cheapestMeetingSlo().isEmpty())
        .map(PointResults::index)
        .toList();
  }
}
