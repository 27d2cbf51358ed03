package kubeplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kubeplan.results.BatchResults;
import kubeplan.results.ResultsFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
  @TempDir Path dir;

  @Test
  void write_seedScenario_producesEveryFileOfTheContract() throws IOException {
    Path out = dir.resolve("out/seed-three-exposures");

    ReportWriter.write(ResultsFixtures.threeExposures(), out, false);

    assertEquals(
        Set.of(
            "summary.csv",
            "differences.csv",
            "routes.csv",
            "components.csv",
            "hops.csv",
            "cost.csv",
            "latency-cdf.csv",
            "run.json",
            "report.html",
            "charts"),
        names(out));
    assertEquals(
        Set.of(
            "latency-cdf.png",
            "latency-percentiles.png",
            "cost-breakdown.png",
            "latency-by-hop.png",
            "utilization.png"),
        names(out.resolve("charts")));
    assertEquals(Set.of("seed-three-exposures"), names(dir.resolve("out")));
  }

  @Test
  void report_seedScenario_embedsEveryChartAndReferencesNothingOutside() throws IOException {
    Path out = dir.resolve("seed");
    ReportWriter.write(ResultsFixtures.threeExposures(), out, false);
    String html = Files.readString(out.resolve("report.html"));

    List<String> sources = attributes(html, "src");
    assertEquals(5, sources.size());
    assertTrue(sources.stream().allMatch(src -> src.startsWith("data:image/png;base64,")));
    for (String reference : attributes(html, "(?:src|href|action|data)")) {
      assertFalse(reference.matches("(?i)^\\s*(https?:|//|ftp:|file:).*"), reference);
    }
    assertFalse(html.contains("<script"), "the report needs no script");
    assertFalse(html.matches("(?s).*url\\(\\s*['\"]?(https?:|//).*"), "no remote CSS resources");
  }

  @Test
  void write_overANonEmptyFolderWithoutForce_isRefusedAndLeavesItAlone() throws IOException {
    Path out = Files.createDirectories(dir.resolve("seed"));
    Files.writeString(out.resolve("notes.txt"), "mine");

    assertThrows(
        OutputExistsException.class,
        () -> ReportWriter.write(ResultsFixtures.threeExposures(), out, false));

    assertEquals(Set.of("notes.txt"), names(out));
    assertEquals(Set.of("seed"), names(dir));
  }

  @Test
  void batch_twoScenarios_writesEachInItsFolderAndAnIndexWithASummary() throws IOException {
    Path root = dir.resolve("out");

    BatchReportWriter.write(
        new BatchResults(
            List.of(ResultsFixtures.threeExposures(), ResultsFixtures.withFailedExposure())),
        root,
        false);

    assertEquals(
        Set.of("seed-three-exposures", "with-failed-exposure", "index.html", "summary.csv"),
        names(root));
    assertTrue(Files.exists(root.resolve("with-failed-exposure/report.html")));
    String index = Files.readString(root.resolve("index.html"));
    assertTrue(index.contains("href=\"seed-three-exposures/report.html\""), index);
    assertEquals(1 + 3 + 4, Files.readAllLines(root.resolve("summary.csv")).size());
  }

  private static List<String> attributes(String html, String name) {
    Matcher matcher = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(html);
    List<String> values = new ArrayList<>();
    while (matcher.find()) {
      values.add(matcher.group(1));
    }
    return values;
  }

  static Set<String> names(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(path -> path.getFileName().toString()).collect(Collectors.toSet());
    }
  }
}
