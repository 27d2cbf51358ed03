package kubeplan.report.chart;

import kubeplan.results.CostItem;
import kubeplan.results.ExposureResults;
import kubeplan.results.PointResults;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/** Each exposure's monthly bill at one point as a bar stacked from its cost items. */
final class CostBreakdownChart {
  private CostBreakdownChart() {}

  /** One row per cost item (in order of first appearance), one column per exposure. */
  static DefaultCategoryDataset dataset(PointResults point) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (ExposureResults exposure : point.exposures()) {
      for (CostItem item : exposure.costs()) {
        dataset.addValue(item.usdPerMonth(), item.item(), exposure.name());
      }
    }
    return dataset;
  }

  static JFreeChart chart(PointResults point, String subtitle, ChartStyle style) {
    DefaultCategoryDataset dataset = dataset(point);
    StackedBarRenderer renderer = new StackedBarRenderer();
    renderer.setMaximumBarWidth(0.18);
    CategoryPlot plot =
        new CategoryPlot(
            dataset,
            new CategoryAxis("Exposure"),
            new NumberAxis("Cost (USD per month)"),
            renderer);
    JFreeChart chart = new JFreeChart("Monthly cost by item", plot);
    chart.addSubtitle(new TextTitle(subtitle));
    style.apply(chart);
    for (int i = 0; i < dataset.getRowCount(); i++) {
      renderer.setSeriesPaint(i, style.color(i));
    }
    return chart;
  }
}
