package kubeplan.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;

/**
 * How every chart looks: its size in pixels, fonts large enough to read when the PNG is scaled down
 * in a report, and colours that stay apart for colour-blind readers (Okabe and Ito's palette).
 * Exposure {@code i} has the same colour in every chart.
 */
public record ChartStyle(int width, int height, String fontFamily, List<Color> palette) {
  /** 1200 × 800 pixels, DejaVu-like sans-serif, Okabe–Ito colours. */
  public static final ChartStyle DEFAULT =
      new ChartStyle(
          1200,
          800,
          Font.SANS_SERIF,
          List.of(
              new Color(0x0072B2),
              new Color(0xE69F00),
              new Color(0x009E73),
              new Color(0xCC79A7),
              new Color(0x56B4E9),
              new Color(0xD55E00),
              new Color(0x000000),
              new Color(0xF0E442)));

  private static final Color GRID = new Color(0xDDDDDD);

  public ChartStyle {
    if (width < 1200 || height < 800) {
      throw new IllegalArgumentException(
          "charts must be at least 1200 x 800 pixels: " + width + " x " + height);
    }
    palette = List.copyOf(palette);
    if (palette.isEmpty()) {
      throw new IllegalArgumentException("a chart style needs at least one colour");
    }
  }

  /** The colour of series {@code index}, cycling through the palette. */
  public Color color(int index) {
    return palette.get(index % palette.size());
  }

  /** A solid line for the first variant of a series, dashed patterns for the next ones. */
  public Stroke line(int variant) {
    float[][] dashes = {null, {12f, 6f}, {3f, 5f}, {12f, 5f, 3f, 5f}};
    float[] dash = dashes[variant % dashes.length];
    return dash == null
        ? new BasicStroke(3f)
        : new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, dash, 0f);
  }

  /** Applies fonts, a white background, light grid lines and flat bars to {@code chart}. */
  public JFreeChart apply(JFreeChart chart) {
    StandardChartTheme theme = new StandardChartTheme("kubeplan");
    theme.setExtraLargeFont(new Font(fontFamily, Font.BOLD, 28));
    theme.setLargeFont(new Font(fontFamily, Font.BOLD, 20));
    theme.setRegularFont(new Font(fontFamily, Font.PLAIN, 18));
    theme.setSmallFont(new Font(fontFamily, Font.PLAIN, 16));
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setDomainGridlinePaint(GRID);
    theme.setRangeGridlinePaint(GRID);
    theme.setBarPainter(new StandardBarPainter());
    theme.setXYBarPainter(new StandardXYBarPainter());
    theme.setShadowVisible(false);
    theme.apply(chart);
    Plot plot = chart.getPlot();
    plot.setOutlineVisible(false);
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setFrame(BlockBorder.NONE);
      legend.setPosition(RectangleEdge.BOTTOM);
    }
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    return chart;
  }
}
