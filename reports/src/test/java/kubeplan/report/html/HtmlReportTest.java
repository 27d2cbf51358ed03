package kubeplan.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kubeplan.results.ExposureResults;
import kubeplan.results.PointResults;
import kubeplan.results.ResultsFixtures;
import kubeplan.results.ScenarioResults;
import kubeplan.results.Summary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
  @TempDir Path dir;

  @Test
  void verdict_seedScenario_namesTheCheapestExposureMeetingTheSlo() {
    ReportPage page = HtmlReport.page(ResultsFixtures.threeExposures(), List.of(), List.of());

    assertTrue(page.verdict().ok());
    assertTrue(
        page.verdict()
            .text()
            .startsWith(
                "nodeport is the cheapest exposure that meets the SLO (p99 latency ≤ 50 ms and"
                    + " error rate ≤ 0.1 %, measured at the client): $"),
        page.verdict().text());
  }

  @Test
  void verdict_sweepWhereTheLoadOutgrowsTheSlo_saysAtHowManyPointsItIsMet() {
    ReportPage page = HtmlReport.page(ResultsFixtures.rateSweep(), List.of(), List.of());

    assertEquals(
        "Some exposure meets the SLO (p99 latency ≤ 50 ms and error rate ≤ 0.1 %, "
            + "measured at the client) at 3 of 4 sweep points; the cheapest one that does changes "
            + "along the sweep (see the table below).",
        page.verdict().text());
    assertEquals(
        List.of(true, true, true, false),
        page.cheapest().stream().map(ReportPage.CheapestRow::found).toList());
  }

  @Test
  void breakEven_isOneSentence() {
    ReportPage page = HtmlReport.page(ResultsFixtures.rateByServicesSweep(), List.of(), List.of());

    assertEquals(
        List.of(
            "Along services[foo].copies, lb-per-service has the lower monthly cost "
                + "below 5.3 and ingress from there on."),
        page.breakEvens());
  }

  @Test
  void sloChecks_showValueCiAndTheUpperEndJudged() {
    ReportPage page = HtmlReport.page(ResultsFixtures.threeExposures(), List.of(), List.of());

    ReportPage.Check p99 = page.points().get(0).slo().get(0).checks().get(0);

    assertTrue(p99.met());
    assertTrue(
        p99.text().matches("p99 latency [0-9.]+ ± [0-9.]+ ms \\(up to [0-9.]+ ms\\) " + "≤ 50 ms"),
        p99.text());
  }

  @Test
  void failedExposure_isShownWithDashesAndAnUnmeasuredSlo() throws IOException {
    ScenarioResults results = ResultsFixtures.withFailedExposure();
    ReportPage page = HtmlReport.page(results, List.of(), List.of());
    ReportPage.ExposureRow failed = page.points().get(0).exposures().get(3);

    assertEquals("—", failed.p99());
    assertEquals("100 %", failed.errorRate());
    assertFalse(failed.sloMet());
    assertEquals(
        "p99 latency not measured (no request succeeded), limit 50 ms",
        page.points().get(0).slo().get(3).checks().get(0).text());
  }

  @Test
  void warnings_includeTheRunsOwnAndFewRequestsPerReplication() {
    ReportPage page = HtmlReport.page(ResultsFixtures.rateSweep(), List.of(), List.of());

    assertEquals(ResultsFixtures.rateSweep().warnings().get(0), page.warnings().get(0));
    assertTrue(
        page.warnings()
            .contains(
                "Overloaded: some station could not keep up (ingress at point 3); latencies there"
                    + " grow with the run's length and are not steady-state figures."),
        page.warnings()::toString);
  }

  @Test
  void warnings_fewRequestsEverywhere_sayEveryExposureInsteadOfListingThem() {
    ScenarioResults seed = ResultsFixtures.threeExposures();
    PointResults point = seed.points().get(0);
    List<ExposureResults> shortRuns =
        point.exposures().stream()
            .map(
                e -> {
                  Summary s = e.summary();
                  Summary fewer =
                      new Summary(
                          s.replications(),
                          50_000,
                          s.offeredRps(),
                          s.throughputRps(),
                          s.errors(),
                          s.unstable());
                  return new ExposureResults(
                      e.name(),
                      e.type(),
                      fewer,
                      e.latency(),
                      e.sloChecks(),
                      e.differences(),
                      e.routes(),
                      e.components(),
                      e.hops(),
                      e.costs());
                })
            .toList();
    ScenarioResults results =
        ResultsFixtures.scenario(
            seed.name(), List.of(), List.of(new PointResults(0, List.of(), shortRuns)));

    List<String> warnings = HtmlReport.page(results, List.of(), List.of()).warnings();

    assertTrue(
        warnings.contains(
            "Fewer than 100,000 measured requests per replication (every exposure): the"
                + " confidence intervals of percentiles are approximate; a longer duration"
                + " makes them sound."),
        warnings::toString);
  }

  @Test
  void written_pageHasTitleVerdictTablesAndEscapedText() throws IOException {
    Path file = dir.resolve("report.html");

    HtmlReport.write(ResultsFixtures.threeExposures(), List.of(), List.of("summary.csv"), file);
    String html = Files.readString(file);

    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("<title>kubeplan · seed-three-exposures</title>"));
    assertTrue(html.contains("<p class=\"verdict ok\">nodeport is the cheapest"), html);
    assertTrue(html.contains("Paired differences against lb-per-service"));
    assertTrue(html.contains("<a href=\"summary.csv\">summary.csv</a>"));
    assertTrue(html.contains(".verdict.ok"), "the style sheet is inlined");
  }
}
