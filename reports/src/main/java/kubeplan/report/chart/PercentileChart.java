package kubeplan.report.chart;

import java.awt.Color;
import kubeplan.results.ExposureResults;
import kubeplan.results.LatencyResults;
import kubeplan.results.PointResults;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * p50 and p99 latency of each exposure at one point as bars, with error bars spanning the
 * confidence interval (value ± half-width): the chart behind "is the difference real?".
 */
final class PercentileChart {
  static final String P50 = "p50";
  static final String P99 = "p99";

  private PercentileChart() {}

  /** Rows p50 and p99, one column per exposure with a latency; the CI half-width as the bar. */
  static DefaultStatisticalCategoryDataset dataset(PointResults point) {
    DefaultStatisticalCategoryDataset dataset = new DefaultStatisticalCategoryDataset();
    for (ExposureResults exposure : point.exposures()) {
      exposure
          .latency()
          .ifPresent(
              (LatencyResults latency) -> {
                dataset.add(
                    latency.p50Ms().value(), latency.p50Ms().ciHalfWidth(), P50, exposure.name());
                dataset.add(
                    latency.p99Ms().value(), latency.p99Ms().ciHalfWidth(), P99, exposure.name());
              });
    }
    return dataset;
  }

  static JFreeChart chart(
      PointResults point, String subtitle, double confidence, ChartStyle style) {
    StatisticalBarRenderer renderer = new StatisticalBarRenderer();
    renderer.setErrorIndicatorPaint(Color.BLACK);
    renderer.setItemMargin(0.05);
    CategoryPlot plot =
        new CategoryPlot(
            dataset(point), new CategoryAxis("Exposure"), new NumberAxis("Latency (ms)"), renderer);
    JFreeChart chart = new JFreeChart("p50 and p99 latency by exposure", plot);
    chart.addSubtitle(
        new TextTitle(
            subtitle
                + " · error bars: "
                + Math.round(confidence * 100)
                + " % confidence interval"));
    style.apply(chart);
    renderer.setSeriesPaint(0, style.color(4));
    renderer.setSeriesPaint(1, style.color(0));
    return chart;
  }
}
