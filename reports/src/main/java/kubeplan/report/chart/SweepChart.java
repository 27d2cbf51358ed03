package kubeplan.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import kubeplan.results.ExposureResults;
import kubeplan.results.PointResults;
import kubeplan.results.ScenarioResults;
import kubeplan.results.SloMetric;
import kubeplan.results.SloTarget;
import kubeplan.results.SweepKey;
import kubeplan.scenario.SweepValue;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A metric against one swept parameter: one line per exposure, and with several sweep keys one line
 * per exposure and combination of the other keys' values (same colour per exposure, a dash pattern
 * per combination). A numeric key is a number axis; an enum key is one tick per value.
 */
final class SweepChart {
  /** A latency axis becomes logarithmic when its values span more than this factor. */
  private static final double LOG_SPAN = 20;

  private final ScenarioResults results;
  private final int keyIndex;
  private final Map<List<String>, List<PointResults>> lines;
  private final List<String> xLabels;
  private final boolean numeric;

  /** Plots against {@code results.sweepKeys().get(keyIndex)}. */
  SweepChart(ScenarioResults results, int keyIndex) {
    this.results = results;
    this.keyIndex = keyIndex;
    this.lines = new LinkedHashMap<>();
    List<String> labels = new ArrayList<>();
    for (PointResults point : results.points()) {
      List<String> others = new ArrayList<>();
      for (int i = 0; i < point.sweepValues().size(); i++) {
        if (i != keyIndex) {
          others.add(results.sweepKeys().get(i).path() + " = " + point.sweepValues().get(i).text());
        }
      }
      lines.computeIfAbsent(others, key -> new ArrayList<>()).add(point);
      String x = point.sweepValues().get(keyIndex).text();
      if (!labels.contains(x)) {
        labels.add(x);
      }
    }
    this.xLabels = List.copyOf(labels);
    this.numeric =
        results.points().stream()
            .allMatch(point -> point.sweepValues().get(keyIndex).number().isPresent());
  }

  SweepKey key() {
    return results.sweepKeys().get(keyIndex);
  }

  /** p99 latency in ms; points where an exposure had no successful request are left out. */
  XYSeriesCollection p99Dataset() {
    return dataset(
        exposure ->
            exposure
                .latency()
                .map(latency -> OptionalDouble.of(latency.p99Ms().value()))
                .orElse(OptionalDouble.empty()));
  }

  /** Monthly cost in US dollars. */
  XYSeriesCollection costDataset() {
    return dataset(exposure -> OptionalDouble.of(exposure.costPerMonthUsd()));
  }

  JFreeChart p99Chart(ChartStyle style) {
    XYSeriesCollection dataset = p99Dataset();
    Optional<SloTarget> slo =
        results.slo().targets().stream()
            .filter(target -> target.metric() == SloMetric.LATENCY_P99)
            .findFirst();
    double low = Double.POSITIVE_INFINITY;
    double high = slo.map(SloTarget::limit).orElse(0.0);
    for (int s = 0; s < dataset.getSeriesCount(); s++) {
      for (int i = 0; i < dataset.getItemCount(s); i++) {
        double y = dataset.getYValue(s, i);
        low = Math.min(low, y);
        high = Math.max(high, y);
      }
    }
    ValueAxis yAxis;
    if (low > 0 && high / low > LOG_SPAN) {
      LogarithmicAxis log = new LogarithmicAxis("p99 latency (ms, log scale)");
      log.setExpTickLabelsFlag(false);
      log.setLog10TickLabelsFlag(false);
      log.setRange(low / 1.25, high * 1.25);
      yAxis = log;
    } else {
      NumberAxis linear = new NumberAxis("p99 latency (ms)");
      linear.setRange(0, high > 0 ? high * 1.1 : 1);
      yAxis = linear;
    }
    JFreeChart chart = chart("p99 latency vs " + key().path(), dataset, yAxis, style);
    slo.ifPresent(
        target -> {
          ValueMarker marker =
              new ValueMarker(
                  target.limit(),
                  new Color(0xD55E00),
                  new BasicStroke(
                      2.5f,
                      BasicStroke.CAP_BUTT,
                      BasicStroke.JOIN_MITER,
                      1f,
                      new float[] {8f, 6f},
                      0f));
          marker.setLabel(
              "SLO: p99 ≤ "
                  + BigDecimal.valueOf(target.limit()).stripTrailingZeros().toPlainString()
                  + " ms");
          marker.setLabelFont(chart.getXYPlot().getDomainAxis().getLabelFont());
          marker.setLabelPaint(new Color(0xD55E00));
          marker.setLabelBackgroundColor(Color.WHITE);
          marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
          marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
          chart.getXYPlot().addRangeMarker(marker);
        });
    return chart;
  }

  JFreeChart costChart(ChartStyle style) {
    NumberAxis yAxis = new NumberAxis("Cost (USD per month)");
    yAxis.setAutoRangeIncludesZero(true);
    return chart("Monthly cost vs " + key().path(), costDataset(), yAxis, style);
  }

  private JFreeChart chart(
      String title, XYSeriesCollection dataset, ValueAxis yAxis, ChartStyle style) {
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    XYPlot plot = new XYPlot(dataset, xAxis(), yAxis, renderer);
    JFreeChart chart = new JFreeChart(title, plot);
    style.apply(chart);
    int exposures = results.exposureNames().size();
    for (int s = 0; s < dataset.getSeriesCount(); s++) {
      int exposure = s / lines.size();
      int variant = s % lines.size();
      renderer.setSeriesPaint(s, style.color(exposure));
      renderer.setSeriesStroke(s, style.line(variant));
      renderer.setSeriesShapesFilled(s, variant == 0 || exposures == 1);
    }
    return chart;
  }

  private ValueAxis xAxis() {
    String unit = key().unit().map(u -> " (" + u + ")").orElse("");
    if (numeric) {
      NumberAxis axis = new NumberAxis(key().path() + unit);
      axis.setAutoRangeIncludesZero(false);
      return axis;
    }
    return new SymbolAxis(key().path(), xLabels.toArray(String[]::new));
  }

  /**
   * Series exposure by exposure, and within one exposure line by line, so that series {@code s}
   * belongs to exposure {@code s / lines} and is line {@code s % lines}.
   */
  private XYSeriesCollection dataset(Function<ExposureResults, OptionalDouble> metric) {
    XYSeriesCollection dataset = new XYSeriesCollection();
    List<String> exposures = results.exposureNames();
    for (int e = 0; e < exposures.size(); e++) {
      for (Map.Entry<List<String>, List<PointResults>> line : lines.entrySet()) {
        String name =
            line.getKey().isEmpty()
                ? exposures.get(e)
                : exposures.get(e) + " · " + String.join(", ", line.getKey());
        XYSeries series = new XYSeries(name, false, true);
        for (PointResults point : line.getValue()) {
          OptionalDouble y = metric.apply(point.exposures().get(e));
          if (y.isPresent()) {
            series.add(x(point), y.getAsDouble());
          }
        }
        dataset.addSeries(series);
      }
    }
    return dataset;
  }

  private double x(PointResults point) {
    SweepValue value = point.sweepValues().get(keyIndex);
    return numeric ? value.number().getAsDouble() : xLabels.indexOf(value.text());
  }
}
