package kubeplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kubeplan.results.BatchResults;
import kubeplan.results.ResultsFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
  @TempDir
  Path dir;

  @Test
  void write_seedScenario_producesEveryFileOfTheContract() throws IOException {
    Path out = dir.resolve("out/seed-three-exposures");

    ReportWriter.write(ResultsFixtures.threeExposures(), out, false);

    assertEquals(Set.of("summary.csv", "differences.csv", "routes.csv", "components.csv",
        "hops.csv", "cost.csv", "latency-cdf.csv", "run.json", "report.html", "charts"),
        names(out));
    assertEquals(Set.of("latency-cdf.png", "latency-percentiles.png", "cost-breakdown.png",
        "latency-by-hop.png", "utilization.png"), names(out.resolve("charts")));
    assertEquals(Set.of("seed-three-exposures"), names(dir.resolve("out")));
  }

  @Test
  void write_sweep_drawsChartsAgainstEachKeyAndPerPoint() throws IOException {
    Path out = dir.resolve("rate-by-services");

    ReportWriter.write(ResultsFixtures.rateByServicesSweep(), out, false);

    Set<String> charts = names(out.resolve("charts"));
    assertTrue(charts.containsAll(List.of("p99-vs-workload.arrivals.rate.png",
        "cost-vs-workload.arrivals.rate.png", "p99-vs-services-foo.copies.png",
        "cost-vs-services-foo.copies.png", "latency-cdf-point-0.png",
        "utilization-point-5.png")), charts::toString);
    assertEquals(4 + 6 * 5, charts.size());
  }

  @Test
  void batch_twoScenarios_writesEachInItsFolderAndAnIndexWithASummary() throws IOException {
    Path root = dir.resolve("out");

    BatchReportWriter.write(new BatchResults(List.of(ResultsFixtures.threeExposures(),
        ResultsFixtures.rateSweep())), root, false);

    assertEquals(Set.of("seed-three-exposures", "rate-sweep", "index.html", "summary.csv"),
        names(root));
    assertTrue(Files.exists(root.resolve("rate-sweep/report.html")));
    String index = Files.readString(root.resolve("index.html"));
    assertTrue(index.contains("href=\"seed-three-exposures/report.html\""), index);
    assertEquals(1 + 3 + 4 * 3, Files.readAllLines(root.resolve("summary.csv")).size());
  }

  static Set<String> names(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(path -> path.getFileName().toString()).collect(Collectors.toSet());
    }
  }
}
