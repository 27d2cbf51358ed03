package kubeplan.report.html;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Stream;
import kubeplan.plan.Growth;
import kubeplan.plan.Plan;
import kubeplan.plan.PlanRow;
import kubeplan.report.chart.RenderedChart;

/**
 * The planner's {@code report.html}: per planned rate the plan in one sentence, each exposure's
 * chosen configuration with its cost, latency and utilisation, and the cost/p99 frontier chart,
 * in one self-contained page like the run report.
 */
public final class PlanPage {
  /** The file name of the page in the plan's folder. */
  public static final String FILE = "report.html";

  private static final Mustache TEMPLATE =
      new DefaultMustacheFactory("kubeplan/report/html").compile("plan.mustache");

  private PlanPage() {}

  /** What plan.mustache shows. */
  record Page(String name, boolean feasible, List<Step> steps, List<String> changes,
      long screened, long discarded, int simulated) {
    /** Whether the plan changes as the load grows (a sweep of rates). */
    boolean growing() {
      return !changes.isEmpty();
    }
  }

  /** One planned rate: its sentence, the exposures' rows and its frontier chart. */
  record Step(String rate, String sentence, List<Row> rows, String chart, String chartTitle) {}

  /** One exposure's outcome at a rate. */
  record Row(String exposure, String type, boolean cheapest, boolean met, String replicas,
      String concurrency, String controllers, String nodes, String routing, String cost,
      String p50, String p99, String utilization, String reason) {}

  /**
   * Writes the page for {@code growth} to {@code file}; {@code charts.get(i)} is the frontier of
   * {@code growth.steps().get(i)}.
   */
  public static void write(String name, Growth growth, List<RenderedChart> charts, Path file)
      throws IOException {
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < growth.steps().size(); i++) {
      Plan plan = growth.steps().get(i);
      List<Row> rows = plan.rows().stream().map(PlanPage::row).toList();
      steps.add(new Step(Units.rps(plan.ratePerSecond()), plan.sentence(), rows,
          charts.get(i).dataUri(), charts.get(i).title()));
    }
    Page page = new Page(name, growth.feasible(), steps, growth.changes(), growth.screened(),
        growth.discarded(), growth.simulated());
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      TEMPLATE.execute(out, page);
    }
  }

  private static Row row(PlanRow row) {
    return new Row(row.exposure(), row.type(), row.cheapest(), row.sloMet(), row.replicas(),
        row.concurrency(), count(row.controllerReplicas()),
        row.nodes().isPresent() ? row.nodes().getAsInt() + " × " + row.nodeType() : "",
        routing(row),
        row.costPerMonthUsd().isPresent() ? Units.usd(row.costPerMonthUsd().getAsDouble()) : "",
        latency(row.latencyP50Ms(), row.latencyP50CiMs()),
        latency(row.latencyP99Ms(), row.latencyP99CiMs()),
        row.podUtilization().isPresent() ? Units.percent(row.podUtilization().getAsDouble()) : "",
        row.reason().orElse(""));
  }

  /** {@code Local, ipvs}: the traffic policy and kube-proxy mode when the plan set them. */
  private static String routing(PlanRow row) {
    return String.join(", ", Stream.of(row.externalTrafficPolicy(),
        row.kubeProxy()).filter(s -> !s.isEmpty()).toList());
  }

  private static String count(OptionalInt value) {
    return value.isPresent() ? Integer.toString(value.getAsInt()) : "";
  }

  private static String latency(OptionalDouble value, OptionalDouble halfWidth) {
    if (value.isEmpty()) {
      return "";
    }
    return halfWidth.isPresent() ? Units.ms(value.getAsDouble(), halfWidth.getAsDouble())
        : Units.ms(value.getAsDouble());
  }
}
