package kubeplan.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import kubeplan.results.ResultsFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioChartsTest {
  @TempDir Path dir;

  @Test
  void charts_sweepOfTwoKeys_areNamedAfterEachKeyAndEachPoint() {
    List<String> names =
        ScenarioCharts.charts(ResultsFixtures.rateByServicesSweep(), ChartStyle.DEFAULT).stream()
            .map(ScenarioCharts.Chart::name)
            .toList();

    assertEquals(
        List.of(
            "p99-vs-workload.arrivals.rate",
            "cost-vs-workload.arrivals.rate",
            "p99-vs-services-foo.copies",
            "cost-vs-services-foo.copies",
            "latency-cdf-point-0",
            "latency-percentiles-point-0",
            "cost-breakdown-point-0",
            "latency-by-hop-point-0",
            "utilization-point-0"),
        names.subList(0, 9));
    assertEquals(4 + 6 * 5, names.size());
  }

  @Test
  void render_seedScenario_drawsPngsOfAtLeast1200By800() throws IOException {
    List<RenderedChart> charts =
        ScenarioCharts.render(ResultsFixtures.threeExposures(), ChartStyle.DEFAULT);

    assertEquals(
        List.of(
            "latency-cdf.png",
            "latency-percentiles.png",
            "cost-breakdown.png",
            "latency-by-hop.png",
            "utilization.png"),
        charts.stream().map(RenderedChart::fileName).toList());
    for (RenderedChart chart : charts) {
      chart.writeTo(dir);
      BufferedImage image = ImageIO.read(dir.resolve(chart.fileName()).toFile());
      assertTrue(
          image.getWidth() >= 1200 && image.getHeight() >= 800,
          () -> chart.fileName() + " is " + image.getWidth() + " x " + image.getHeight());
      String base64 = chart.dataUri().substring("data:image/png;base64,".length());
      assertEquals(
          image.getWidth(),
          ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(base64))).getWidth());
      assertTrue(Files.size(dir.resolve(chart.fileName())) > 10_000, chart::fileName);
    }
  }
}
