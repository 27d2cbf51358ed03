package kubeplan.report.chart;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import kubeplan.replication.Replications;
import kubeplan.results.PointResults;
import kubeplan.results.ScenarioResults;
import org.jfree.chart.JFreeChart;

/**
 * Draws every chart of one scenario (outputs.md, "charts/"). For a sweep: p99 and cost against each
 * swept key ({@code p99-vs-<key>.png}, {@code cost-vs-<key>.png}). For every point: the latency
 * distribution, p50/p99 with CIs, the cost breakdown, latency by hop and the busiest components;
 * their files carry {@code -point-<i>} when the scenario is swept.
 */
public final class ScenarioCharts {
  private ScenarioCharts() {}

  /**
   * Draws the charts of {@code results} in {@code style}, on as many threads as the run used
   * ({@code --threads}); needs no display.
   *
   * @throws java.util.concurrent.CancellationException when the calling thread is interrupted
   */
  public static List<RenderedChart> render(ScenarioResults results, ChartStyle style) {
    List<Chart> charts = charts(results, style);
    return Replications.run(charts.size(), results.reproducibility().threads(),
        i -> charts.get(i).draw(style));
  }

  /** The charts of {@code results}, built but not drawn, in the order the report shows them. */
  static List<Chart> charts(ScenarioResults results, ChartStyle style) {
    List<Chart> charts = new ArrayList<>();
    for (int key = 0; key < results.sweepKeys().size(); key++) {
      SweepChart sweep = new SweepChart(results, key);
      String slug = slug(sweep.key().path());
      charts.add(new Chart("p99-vs-" + slug, OptionalInt.empty(), sweep.p99Chart(style)));
      charts.add(new Chart("cost-vs-" + slug, OptionalInt.empty(), sweep.costChart(style)));
    }
    double confidence = results.run().confidence();
    for (PointResults point : results.points()) {
      String subtitle = subtitle(results, point);
      String suffix = results.swept() ? "-point-" + point.index() : "";
      OptionalInt index = OptionalInt.of(point.index());
      charts.add(
          new Chart("latency-cdf" + suffix, index, LatencyCdfChart.chart(point, subtitle, style)));
      charts.add(
          new Chart(
              "latency-percentiles" + suffix,
              index,
              PercentileChart.chart(point, subtitle, confidence, style)));
      charts.add(
          new Chart(
              "cost-breakdown" + suffix, index, CostBreakdownChart.chart(point, subtitle, style)));
      charts.add(
          new Chart("latency-by-hop" + suffix, index, HopChart.chart(point, subtitle, style)));
      charts.add(
          new Chart("utilization" + suffix, index, UtilizationChart.chart(point, subtitle, style)));
    }
    return charts;
  }

  /** A chart to draw: its file name without {@code .png}, its point, and the chart. */
  record Chart(String name, OptionalInt point, JFreeChart chart) {
    RenderedChart draw(ChartStyle style) {
      BufferedImage image =
          chart.createBufferedImage(style.width(), style.height(), BufferedImage.TYPE_INT_RGB, null);
      return new RenderedChart(
          name + ".png", chart.getTitle().getText(), point, PngEncoder.encode(image));
    }
  }

  /**
   * A sweep key as a file name: {@code services[foo].replicas} becomes {@code
   * services-foo.replicas} and {@code services[*]} becomes {@code services-all}.
   */
  static String slug(String key) {
    return key.replace("[*]", "-all")
        .replace("[", "-")
        .replace("]", "")
        .replaceAll("[^A-Za-z0-9._-]", "-");
  }

  /** The scenario and, for a sweep, the point's values: the context under every chart title. */
  static String subtitle(ScenarioResults results, PointResults point) {
    if (!results.swept()) {
      return results.name();
    }
    List<String> values = new ArrayList<>();
    for (int i = 0; i < results.sweepKeys().size(); i++) {
      values.add(results.sweepKeys().get(i).path() + " = " + point.sweepValues().get(i).text());
    }
    return results.name()
        + " · point "
        + point.index()
        + ": "
        + values.stream().collect(Collectors.joining(", "));
  }
}
