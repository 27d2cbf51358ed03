package kubeplan.report.chart;

import java.util.List;
import kubeplan.results.CdfPoint;
import kubeplan.results.ExposureResults;
import kubeplan.results.PointResults;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The latency distribution of each exposure at one point, as a CDF with both axes logarithmic:
 * latency across, and the fraction of requests on a nines scale up (90 %, 99 %, 99.9 %, …), so the
 * tail that SLOs are about is as visible as the median.
 */
final class LatencyCdfChart {
  /** The nines axis ends at 99.99 %, the last fraction of the CDF below 1. */
  private static final double TOP = NinesFormat.axisValue(0.9999);

  private LatencyCdfChart() {}

  /**
   * One series per exposure with a latency distribution, one item per CDF fraction strictly between
   * 0 and 1: the minimum and the maximum are single requests that would stretch the latency axis
   * (and the maximum has no place on a nines scale).
   */
  static XYSeriesCollection dataset(PointResults point) {
    XYSeriesCollection dataset = new XYSeriesCollection();
    for (ExposureResults exposure : point.exposures()) {
      XYSeries series = new XYSeries(exposure.name(), false, true);
      List<CdfPoint> points =
          exposure.latency().map(latency -> latency.cdf().points()).orElse(List.of());
      for (CdfPoint cdf : points) {
        double fraction = cdf.cumulativeFraction();
        if (fraction > 0 && fraction < 1 && cdf.latencyMs() > 0) {
          series.add(cdf.latencyMs(), NinesFormat.axisValue(fraction));
        }
      }
      dataset.addSeries(series);
    }
    return dataset;
  }

  static JFreeChart chart(PointResults point, String subtitle, ChartStyle style) {
    LogarithmicAxis latency = new LogarithmicAxis("Latency (ms, log scale)");
    latency.setExpTickLabelsFlag(false);
    latency.setLog10TickLabelsFlag(false);
    LogAxis fraction = new LogAxis("Requests at or below (percentile, nines scale)");
    fraction.setNumberFormatOverride(new NinesFormat());
    fraction.setTickUnit(new NumberTickUnit(1));
    fraction.setRange(1, TOP);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    XYPlot plot = new XYPlot(dataset(point), latency, fraction, renderer);
    plot.setOrientation(PlotOrientation.VERTICAL);
    JFreeChart chart = new JFreeChart("Latency distribution by exposure", plot);
    chart.addSubtitle(new TextTitle(subtitle));
    style.apply(chart);
    for (int i = 0; i < point.exposures().size(); i++) {
      renderer.setSeriesPaint(i, style.color(i));
      renderer.setSeriesStroke(i, style.line(0));
    }
    return chart;
  }
}
