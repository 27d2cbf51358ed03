package kubeplan.report.chart;

import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import kubeplan.results.ExposureResults;
import kubeplan.results.Hop;
import kubeplan.results.HopResult;
import kubeplan.results.PointResults;
import kubeplan.results.Tier;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Where the mean latency goes: each exposure's bar stacks the mean time per hop (hops.csv), which
 * sums to its mean latency. Hops are coloured by tier: blues external, oranges cluster, greens
 * container.
 */
final class HopChart {
  private HopChart() {}

  /**
   * One row per hop that some exposure spends time in ({@link #hops}), in path order; one column
   * per exposure with a latency.
   */
  static DefaultCategoryDataset dataset(PointResults point) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (Hop hop : hops(point)) {
      for (ExposureResults exposure : point.exposures()) {
        if (exposure.latency().isPresent()) {
          double meanMs =
              exposure.hops().stream()
                  .filter(result -> result.hop() == hop)
                  .mapToDouble(HopResult::meanMs)
                  .sum();
          dataset.addValue(meanMs, label(hop), exposure.name());
        }
      }
    }
    return dataset;
  }

  static JFreeChart chart(PointResults point, String subtitle, ChartStyle style) {
    StackedBarRenderer renderer = new StackedBarRenderer();
    renderer.setMaximumBarWidth(0.18);
    CategoryPlot plot =
        new CategoryPlot(
            dataset(point),
            new CategoryAxis("Exposure"),
            new NumberAxis("Mean time per request (ms)"),
            renderer);
    JFreeChart chart = new JFreeChart("Mean latency by tier and hop", plot);
    chart.addSubtitle(new TextTitle(subtitle));
    style.apply(chart);
    List<Hop> hops = hops(point);
    for (int row = 0; row < hops.size(); row++) {
      renderer.setSeriesPaint(row, shade(hops.get(row)));
    }
    return chart;
  }

  /** The hops in which some exposure at {@code point} spends time, in path order. */
  static List<Hop> hops(PointResults point) {
    return Arrays.stream(Hop.values())
        .filter(
            hop ->
                point.exposures().stream()
                    .flatMap(exposure -> exposure.hops().stream())
                    .anyMatch(result -> result.hop() == hop && result.meanMs() > 0))
        .toList();
  }

  static String label(Hop hop) {
    return hop.tier().text() + " · " + hop.text();
  }

  /** A shade of the tier's hue, lighter for each later hop of the tier. */
  private static Color shade(Hop hop) {
    Tier tier = hop.tier();
    long before =
        Arrays.stream(Hop.values())
            .filter(other -> other.tier() == tier && other.ordinal() < hop.ordinal())
            .count();
    float[] hues = {0.58f, 0.09f, 0.40f};
    float brightness = Math.min(1f, 0.55f + 0.09f * before);
    float saturation = Math.max(0.35f, 0.85f - 0.08f * before);
    return Color.getHSBColor(hues[tier.ordinal()], saturation, brightness);
  }
}
