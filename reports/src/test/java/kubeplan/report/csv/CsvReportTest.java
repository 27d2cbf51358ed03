package kubeplan.report.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import kubeplan.results.BatchResults;
import kubeplan.results.CdfPoint;
import kubeplan.results.ExposureResults;
import kubeplan.results.LatencyCdf;
import kubeplan.results.LatencyResults;
import kubeplan.results.ResultsFixtures;
import kubeplan.results.ScenarioResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReportTest {
  private static final List<String> KEYS = List.of("scenario", "point", "exposure");

  @TempDir Path dir;

  @Test
  void summary_withoutSweep_hasTheColumnsOfOutputsMdInOrder() throws Exception {
    CsvReport.write(ResultsFixtures.threeExposures(), dir);

    assertEquals(
        List.of(
            "scenario",
            "point",
            "exposure",
            "type",
            "replications",
            "offered_rps",
            "throughput_rps",
            "error_rate",
            "errors_rejected",
            "errors_timeout",
            "errors_unroutable",
            "errors_dropped",
            "latency_mean_ms",
            "latency_mean_ci_ms",
            "latency_p50_ms",
            "latency_p90_ms",
            "latency_p99_ms",
            "latency_p999_ms",
            "latency_max_ms",
            "latency_p50_ci_ms",
            "latency_p90_ci_ms",
            "latency_p99_ci_ms",
            "cost_per_hour_usd",
            "cost_per_month_usd",
            "cost_per_million_requests_usd",
            "slo_met",
            "unstable"),
        header("summary.csv"));
  }

  @Test
  void everyFile_withTwoSweepKeys_startsWithKeysThenSweepKeysThenItsColumns() throws Exception {
    CsvReport.write(ResultsFixtures.rateByServicesSweep(), dir);
    List<String> sweep = List.of("workload.arrivals.rate", "services[foo].copies");

    assertEquals(
        columns(sweep, "baseline", "metric", "difference", "difference_ci", "relative_difference"),
        header("differences.csv"));
    assertEquals(
        columns(
            sweep,
            "route",
            "target_service",
            "requests_rps",
            "error_rate",
            "latency_mean_ms",
            "latency_p50_ms",
            "latency_p99_ms"),
        header("routes.csv"));
    assertEquals(
        columns(
            sweep,
            "component",
            "kind",
            "zone",
            "node",
            "utilization",
            "mean_queue_length",
            "mean_wait_ms",
            "throughput_rps",
            "rejected_rps"),
        header("components.csv"));
    assertEquals(columns(sweep, "tier", "hop", "mean_ms", "p99_ms", "share"), header("hops.csv"));
    assertEquals(
        columns(sweep, "item", "quantity", "unit", "unit_price_usd", "usd_per_month"),
        header("cost.csv"));
    assertEquals(columns(sweep, "latency_ms", "cumulative_fraction"), header("latency-cdf.csv"));
    assertEquals(sweep, header("summary.csv").subList(3, 5));
  }

  @Test
  void summary_rateSweep_writesOneRowPerPointAndExposureWithBaseUnitSweepValues() throws Exception {
    CsvReport.write(ResultsFixtures.rateSweep(), dir);

    List<String[]> rows = rows("summary.csv");

    assertEquals(4 * 3, rows.size());
    assertEquals(
        List.of("rate-sweep", "3", "ingress", "4000"), Arrays.asList(rows.get(11)).subList(0, 4));
  }

  @Test
  void summary_values_roundTripToTheRecordsFigures() throws Exception {
    ScenarioResults results = ResultsFixtures.threeExposures();
    CsvReport.write(results, dir);
    List<String> header = header("summary.csv");
    String[] row = rows("summary.csv").get(2);
    ExposureResults ingress = results.points().get(0).exposures().get(2);
    LatencyResults latency = ingress.latency().orElseThrow();

    assertEquals("ingress", row[header.indexOf("exposure")]);
    assertEquals("Ingress", row[header.indexOf("type")]);
    assertEquals("10", row[header.indexOf("replications")]);
    assertMillis(latency.p99Ms().value(), row[header.indexOf("latency_p99_ms")]);
    assertMillis(latency.p99Ms().ciHalfWidth(), row[header.indexOf("latency_p99_ci_ms")]);
    assertMillis(latency.maxMs(), row[header.indexOf("latency_max_ms")]);
    assertClose(ingress.summary().errors().total(), row[header.indexOf("error_rate")]);
    assertClose(ingress.costPerMonthUsd(), row[header.indexOf("cost_per_month_usd")]);
    assertClose(
        ingress.costPerMillionRequestsUsd().orElseThrow(),
        row[header.indexOf("cost_per_million_requests_usd")]);
    assertEquals(Boolean.toString(ingress.sloMet()), row[header.indexOf("slo_met")]);
    assertEquals("false", row[header.indexOf("unstable")]);
  }

  @Test
  void latencyCdf_roundTripsEveryFractionOfEveryExposure() throws Exception {
    ScenarioResults results = ResultsFixtures.threeExposures();
    CsvReport.write(results, dir);

    List<String[]> rows = rows("latency-cdf.csv");

    assertEquals(3 * LatencyCdf.FRACTIONS.size(), rows.size());
    List<CdfPoint> nodeport =
        results.points().get(0).exposures().get(1).latency().orElseThrow().cdf().points();
    for (int i = 0; i < nodeport.size(); i++) {
      String[] row = rows.get(LatencyCdf.FRACTIONS.size() + i);
      assertEquals("nodeport", row[2]);
      assertMillis(nodeport.get(i).latencyMs(), row[3]);
      assertEquals(nodeport.get(i).cumulativeFraction(), Double.parseDouble(row[4]));
    }
  }

  @Test
  void absentValues_areEmptyCells() throws Exception {
    CsvReport.write(ResultsFixtures.withFailedExposure(), dir);
    List<String> summary = header("summary.csv");
    String[] failed = rows("summary.csv").get(3);
    List<String> components = header("components.csv");
    String[] loadBalancer =
        rows("components.csv").stream()
            .filter(row -> row[3].equals("load-balancer/lb-per-service"))
            .findFirst()
            .orElseThrow();

    assertEquals("broken-nodeport", failed[2]);
    for (String column :
        List.of(
            "latency_mean_ms",
            "latency_p99_ms",
            "latency_max_ms",
            "cost_per_million_requests_usd")) {
      assertEquals("", failed[summary.indexOf(column)], column);
    }
    assertEquals("1", failed[summary.indexOf("error_rate")]);
    for (String column : List.of("zone", "node", "utilization", "mean_wait_ms")) {
      assertEquals("", loadBalancer[components.indexOf(column)], column);
    }
    assertEquals(
        0,
        rows("latency-cdf.csv").stream().filter(row -> row[2].equals("broken-nodeport")).count());
  }

  @Test
  void files_underAGermanDefaultLocale_areTheSameAsUnderTheRootLocale() throws Exception {
    Path german = Files.createDirectory(dir.resolve("german"));
    Path root = Files.createDirectory(dir.resolve("root"));
    Locale original = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      CsvReport.write(ResultsFixtures.rateSweep(), german);
      Locale.setDefault(Locale.ROOT);
      CsvReport.write(ResultsFixtures.rateSweep(), root);
    } finally {
      Locale.setDefault(original);
    }

    for (String file : CsvReport.fileNames()) {
      assertEquals(
          Files.readString(root.resolve(file)), Files.readString(german.resolve(file)), file);
    }
    String meanLatency =
        rows("german/summary.csv").get(0)[header("german/summary.csv").indexOf("latency_mean_ms")];
    assertTrue(meanLatency.matches("\\d+\\.\\d+"), meanLatency);
  }

  @Test
  void batchSummary_scenariosWithDifferentSweeps_shareOneColumnPerKey() throws Exception {
    Path file = dir.resolve("summary.csv");
    CsvReport.writeSummary(
        new BatchResults(
            List.of(ResultsFixtures.threeExposures(), ResultsFixtures.rateByServicesSweep())),
        file);

    List<String> header = header("summary.csv");
    List<String[]> rows = rows("summary.csv");

    assertEquals(
        List.of(
            "scenario",
            "point",
            "exposure",
            "workload.arrivals.rate",
            "services[foo].copies",
            "type"),
        header.subList(0, 6));
    assertEquals(3 + 6 * 3, rows.size());
    assertEquals(
        List.of("seed-three-exposures", "0", "lb-per-service", "", "", "LoadBalancer"),
        Arrays.asList(rows.get(0)).subList(0, 6));
    assertEquals(
        List.of("rate-by-services", "5", "ingress", "2000", "20", "Ingress"),
        Arrays.asList(rows.get(rows.size() - 1)).subList(0, 6));
  }

  @Test
  void files_useRfc4180LineEndsAndUtf8() throws Exception {
    CsvReport.write(ResultsFixtures.threeExposures(), dir);

    String text = Files.readString(dir.resolve("hops.csv"), StandardCharsets.UTF_8);

    assertTrue(
        text.startsWith("scenario,point,exposure,tier,hop,mean_ms,p99_ms,share\r\n"),
        text.substring(0, 60));
  }

  private static List<String> columns(List<String> sweep, String... own) {
    List<String> columns = new ArrayList<>(KEYS);
    columns.addAll(sweep);
    columns.addAll(List.of(own));
    return columns;
  }

  /** Other numbers keep 12 significant digits: a relative error of at most 5e-12. */
  private static void assertClose(double expected, String cell) {
    assertEquals(expected, Double.parseDouble(cell), Math.abs(expected) * 5e-12, cell);
  }

  /** Milliseconds are rounded to the nanosecond: an error of at most half of 1e-6 ms. */
  private static void assertMillis(double expected, String cell) {
    assertEquals(expected, Double.parseDouble(cell), 0.5e-6, cell);
  }

  private List<String> header(String file) throws IOException, CsvException {
    return Arrays.asList(readAll(file).get(0));
  }

  private List<String[]> rows(String file) throws IOException, CsvException {
    List<String[]> all = readAll(file);
    return all.subList(1, all.size());
  }

  private List<String[]> readAll(String file) throws IOException, CsvException {
    try (Reader in = Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8);
        CSVReader csv =
            new CSVReaderBuilder(in).withCSVParser(new RFC4180ParserBuilder().build()).build()) {
      return csv.readAll();
    }
  }
}
