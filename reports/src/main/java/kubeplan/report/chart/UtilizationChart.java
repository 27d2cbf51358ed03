package kubeplan.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kubeplan.results.ComponentResult;
import kubeplan.results.ExposureResults;
import kubeplan.results.PointResults;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The busiest components at one point, as horizontal bars of utilisation: each exposure's busiest
 * few, side by side where exposures share a component (the same pods), with a line at 100 %.
 */
final class UtilizationChart {
  /** Components taken from each exposure, busiest first. */
  static final int PER_EXPOSURE = 5;

  /** Bars groups at most, so that labels stay readable. */
  static final int MAX_COMPONENTS = 12;

  private UtilizationChart() {}

  /**
   * One row per exposure, one column per component among the {@link #PER_EXPOSURE} busiest of some
   * exposure (at most {@link #MAX_COMPONENTS}, the busiest kept); cells hold utilisation.
   */
  static DefaultCategoryDataset dataset(PointResults point) {
    Map<String, Double> busiest = new LinkedHashMap<>();
    for (ExposureResults exposure : point.exposures()) {
      exposure.components().stream()
          .filter(component -> component.utilization().isPresent())
          .sorted(Comparator.comparingDouble(UtilizationChart::utilization).reversed())
          .limit(PER_EXPOSURE)
          .forEach(
              component -> busiest.merge(component.component(), utilization(component), Math::max));
    }
    List<String> components =
        busiest.entrySet().stream()
            .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
            .limit(MAX_COMPONENTS)
            .map(Map.Entry::getKey)
            .toList();
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (ExposureResults exposure : point.exposures()) {
      for (String name : components) {
        exposure.components().stream()
            .filter(component -> component.component().equals(name))
            .filter(component -> component.utilization().isPresent())
            .findFirst()
            .ifPresent(
                component -> dataset.addValue(utilization(component) * 100, exposure.name(), name));
      }
    }
    return dataset;
  }

  static JFreeChart chart(PointResults point, String subtitle, ChartStyle style) {
    DefaultCategoryDataset dataset = dataset(point);
    BarRenderer renderer = new BarRenderer();
    renderer.setItemMargin(0.02);
    NumberAxis percent = new NumberAxis("Utilisation (%)");
    double highest = 0;
    for (int row = 0; row < dataset.getRowCount(); row++) {
      for (int column = 0; column < dataset.getColumnCount(); column++) {
        Number value = dataset.getValue(row, column);
        highest = value == null ? highest : Math.max(highest, value.doubleValue());
      }
    }
    percent.setRange(0, Math.max(100, highest) * 1.05);
    CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis("Component"), percent, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    plot.addRangeMarker(new ValueMarker(100, new Color(0xD55E00), new BasicStroke(2.5f)));
    JFreeChart chart = new JFreeChart("Busiest components", plot);
    chart.addSubtitle(new TextTitle(subtitle));
    style.apply(chart);
    List<String> exposures = point.exposures().stream().map(ExposureResults::name).toList();
    for (int row = 0; row < dataset.getRowCount(); row++) {
      renderer.setSeriesPaint(row, style.color(exposures.indexOf(dataset.getRowKey(row))));
    }
    return chart;
  }

  private static double utilization(ComponentResult component) {
    return component.utilization().orElseThrow();
  }
}
