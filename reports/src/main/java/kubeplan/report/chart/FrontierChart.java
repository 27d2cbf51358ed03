package kubeplan.report.chart;

import java.awt.BasicStroke;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import kubeplan.plan.Evaluation;
import kubeplan.plan.Plan;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The capacity planner's cost against p99: every configuration it simulated as a point, one
 * colour per exposure, and the Pareto frontier as a line through the ones nothing beats on both.
 */
public final class FrontierChart {
  private FrontierChart() {}

  /**
   * Draws {@code plan}'s simulated configurations and frontier with {@code style}, as
   * {@code name}.png.
   */
  public static RenderedChart draw(Plan plan, String name, ChartStyle style) {
    return new ScenarioCharts.Chart(name, OptionalInt.of(plan.point()), chart(plan, style))
        .draw(style);
  }

  static XYSeriesCollection dataset(Plan plan) {
    Map<String, XYSeries> byExposure = new LinkedHashMap<>();
    plan.exposures().forEach(e -> byExposure.put(e.exposure(), new XYSeries(e.exposure())));
    for (Evaluation evaluation : plan.evaluations()) {
      evaluation.results().latency().ifPresent(latency -> byExposure
          .get(evaluation.configuration().exposure())
          .add(evaluation.costPerMonthUsd(), latency.p99Ms().value()));
    }
    XYSeriesCollection dataset = new XYSeriesCollection();
    byExposure.values().forEach(dataset::addSeries);
    XYSeries frontier = new XYSeries("Pareto frontier", false);
    for (Evaluation evaluation : plan.frontier()) {
      frontier.add(evaluation.costPerMonthUsd(),
          evaluation.results().latency().orElseThrow().p99Ms().value());
    }
    dataset.addSeries(frontier);
    return dataset;
  }

  static JFreeChart chart(Plan plan, ChartStyle style) {
    XYSeriesCollection dataset = dataset(plan);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    int frontier = dataset.getSeriesCount() - 1;
    for (int series = 0; series < frontier; series++) {
      renderer.setSeriesPaint(series, style.color(series));
    }
    renderer.setSeriesLinesVisible(frontier, true);
    renderer.setSeriesShapesVisible(frontier, false);
    renderer.setSeriesPaint(frontier, style.color(frontier));
    renderer.setSeriesStroke(frontier, new BasicStroke(2f));
    NumberAxis cost = new NumberAxis("Cost (USD per month)");
    cost.setAutoRangeIncludesZero(false);
    NumberAxis p99 = new NumberAxis("p99 latency (ms)");
    p99.setAutoRangeIncludesZero(false);
    JFreeChart chart = new JFreeChart("Cost against p99 of the configurations simulated",
        new XYPlot(dataset, cost, p99, renderer));
    chart.addSubtitle(new TextTitle(plan.scenario() + " at "
        + BigDecimal.valueOf(plan.ratePerSecond()).stripTrailingZeros().toPlainString()
        + " requests/s"));
    style.apply(chart);
    return chart;
  }
}
