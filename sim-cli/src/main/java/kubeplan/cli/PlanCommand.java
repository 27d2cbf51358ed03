package kubeplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import kubeplan.plan.Growth;
import kubeplan.plan.Plan;
import kubeplan.plan.PlanFile;
import kubeplan.plan.PlanReader;
import kubeplan.plan.Planner;
import kubeplan.report.AtomicFolder;
import kubeplan.report.OutputExistsException;
import kubeplan.report.chart.ChartStyle;
import kubeplan.report.chart.FrontierChart;
import kubeplan.report.chart.RenderedChart;
import kubeplan.report.csv.PlanCsv;
import kubeplan.report.html.PlanPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kubeplan plan}: the cheapest configuration of each exposure that meets the scenario's
 * SLO, from its {@code plan:} section; writes plan.csv and frontier.csv and says which exposure
 * to use, or why nothing in the search space meets the SLO.
 */
@Command(
    name = "plan",
    sortOptions = false,
    description = {
      "Finds the cheapest setup (exposure, replicas, concurrency, ingress controller replicas,"
          + " nodes) that meets the scenario's SLO at the load of its plan: section.",
      "Bounds from queueing theory discard what cannot work; the rest is searched by bisection"
          + " with simulation, a candidate passing only when every SLO target holds at the upper"
          + " end of its confidence interval.",
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  kubeplan plan scenarios/plan-checkout-service.yaml",
      "      prints the plan; writes plan.csv, frontier.csv and charts/frontier.png to"
          + " out/plan-checkout-service-plan/",
      "",
      "Exit status: 0 a plan was found, 3 nothing in the search space meets the SLO (the"
          + " binding constraint is printed), 1 failed, 2 input refused, 130 interrupted.",
    })
final class PlanCommand implements Callable<Integer> {
  /** Exit status when no configuration in the search space meets the SLO. */
  static final int NO_PLAN = 3;

  @Spec private CommandSpec spec;

  @Mixin private DebugOption debug;

  @Parameters(paramLabel = "FILE", description = "The scenario file, with a plan: section.")
  private Path file;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "The folder report.html, plan.csv and frontier.csv go to; default"
          + " out/<scenario name>-plan/.")
  private Optional<Path> out = Optional.empty();

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Replications run in parallel; default all cores (${DEFAULT-VALUE} here)."
          + " The plan is the same for any N.")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--force",
      description = "Replace an existing plan folder (once the new plan is complete).")
  private boolean force;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print the plan sentence only, or the binding constraint.")
  private boolean quiet;

  @Override
  public Integer call() throws Exception {
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1: " + threads);
    }
    PlanFile read = PlanReader.read(file);
    Path folder = out.orElse(Path.of("out", read.file().name() + "-plan"));
    if (!force && holdsFiles(folder)) {
      throw new OutputExistsException(folder);
    }
    Growth growth = Interruption.guard(() -> Planner.plan(read.scenario(), read.plan(), threads));
    AtomicFolder.write(folder, force, into -> {
      PlanCsv.write(growth.rows(), growth.frontierRows(), into);
      Path charts = Files.createDirectory(into.resolve("charts"));
      List<RenderedChart> frontiers = new ArrayList<>();
      for (Plan step : growth.steps()) {
        String name = growth.steps().size() == 1 ? "frontier" : "frontier-" + step.point();
        RenderedChart chart = FrontierChart.draw(step, name, ChartStyle.DEFAULT);
        chart.writeTo(charts);
        frontiers.add(chart);
      }
      PlanPage.write(read.file().name(), growth, frontiers, into.resolve(PlanPage.FILE));
    });

    PrintWriter stdout = spec.commandLine().getOut();
    for (Plan step : growth.steps()) {
      if (step.cheapest().isPresent()) {
        stdout.println(step.sentence());
      }
    }
    growth.changes().forEach(stdout::println);
    if (!quiet) {
      stdout.println("screened " + growth.screened() + " configurations, discarded "
          + growth.discarded() + " by bounds, simulated " + growth.simulated());
      stdout.println("cost/p99 frontier: " + growth.frontierRows().size()
          + " of the configurations simulated");
      stdout.println("plan: " + folder.resolve(PlanPage.FILE) + ", "
          + folder.resolve(PlanCsv.FILE) + ", " + folder.resolve(PlanCsv.FRONTIER_FILE));
    }
    stdout.flush();
    if (!growth.feasible()) {
      PrintWriter stderr = spec.commandLine().getErr();
      stderr.println("kubeplan plan: no configuration meets the SLO" + growth.bindingConstraint());
      stderr.flush();
      return NO_PLAN;
    }
    return ExitStatus.OK;
  }

  private static boolean holdsFiles(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isPresent();
    }
  }
}
