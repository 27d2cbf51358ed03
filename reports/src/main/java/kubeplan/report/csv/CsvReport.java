package kubeplan.report.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import kubeplan.results.BatchResults;
import kubeplan.results.CdfPoint;
import kubeplan.results.ComponentResult;
import kubeplan.results.CostItem;
import kubeplan.results.Difference;
import kubeplan.results.ExposureResults;
import kubeplan.results.HopResult;
import kubeplan.results.LatencyResults;
import kubeplan.results.RouteResult;
import kubeplan.results.ScenarioResults;

/**
 * The CSV files of outputs.md, column for column: their names and order are the contract that
 * spreadsheets and notebooks rely on.
 */
public final class CsvReport {
  /** File name of the headline table, also written across scenarios at a batch's root. */
  public static final String SUMMARY_FILE = "summary.csv";

  private static final CsvTable<ExposureResults> SUMMARY =
      new CsvTable<>(
          SUMMARY_FILE,
          List::of,
          List.of(
              column("type", row -> row.item().typeName()),
              column("replications", row -> Cells.number(row.item().summary().replications())),
              column("offered_rps", row -> Cells.number(row.item().summary().offeredRps())),
              column("throughput_rps", row -> Cells.number(row.item().summary().throughputRps())),
              column("error_rate", row -> Cells.number(row.item().summary().errors().total())),
              column(
                  "errors_rejected", row -> Cells.number(row.item().summary().errors().rejected())),
              column(
                  "errors_timeout", row -> Cells.number(row.item().summary().errors().timeout())),
              column(
                  "errors_unroutable",
                  row -> Cells.number(row.item().summary().errors().unroutable())),
              column(
                  "errors_dropped", row -> Cells.number(row.item().summary().errors().dropped())),
              latency("latency_mean_ms", latency -> latency.meanMs().value()),
              latency("latency_mean_ci_ms", latency -> latency.meanMs().ciHalfWidth()),
              latency("latency_p50_ms", latency -> latency.p50Ms().value()),
              latency("latency_p90_ms", latency -> latency.p90Ms().value()),
              latency("latency_p99_ms", latency -> latency.p99Ms().value()),
              latency("latency_p999_ms", LatencyResults::p999Ms),
              latency("latency_max_ms", LatencyResults::maxMs),
              latency("latency_p50_ci_ms", latency -> latency.p50Ms().ciHalfWidth()),
              latency("latency_p90_ci_ms", latency -> latency.p90Ms().ciHalfWidth()),
              latency("latency_p99_ci_ms", latency -> latency.p99Ms().ciHalfWidth()),
              column("cost_per_hour_usd", row -> Cells.number(row.item().costPerHourUsd())),
              column("cost_per_month_usd", row -> Cells.number(row.item().costPerMonthUsd())),
              column(
                  "cost_per_million_requests_usd",
                  row -> Cells.number(row.item().costPerMillionRequestsUsd())),
              column("slo_met", row -> Cells.bool(row.item().sloMet())),
              column("unstable", row -> Cells.bool(row.item().summary().unstable()))));

  private static final CsvTable<Difference> DIFFERENCES =
      new CsvTable<>(
          "differences.csv",
          ExposureResults::differences,
          List.of(
              column("baseline", row -> row.item().baseline()),
              column("metric", row -> row.item().metric().column()),
              column("difference", row -> Cells.number(row.item().difference())),
              column("difference_ci", row -> Cells.number(row.item().differenceCi())),
              column("relative_difference", row -> Cells.number(row.item().relativeDifference()))));

  private static final CsvTable<RouteResult> ROUTES =
      new CsvTable<>(
          "routes.csv",
          ExposureResults::routes,
          List.of(
              column("route", row -> row.item().route()),
              column("target_service", row -> row.item().targetService()),
              column("requests_rps", row -> Cells.number(row.item().requestsRps())),
              column("error_rate", row -> Cells.number(row.item().errorRate())),
              column("latency_mean_ms", row -> Cells.millis(row.item().latencyMeanMs())),
              column("latency_p50_ms", row -> Cells.millis(row.item().latencyP50Ms())),
              column("latency_p99_ms", row -> Cells.millis(row.item().latencyP99Ms()))));

  private static final CsvTable<ComponentResult> COMPONENTS =
      new CsvTable<>(
          "components.csv",
          ExposureResults::components,
          List.of(
              column("component", row -> row.item().component()),
              column("kind", row -> row.item().kind().text()),
              column("zone", row -> Cells.text(row.item().zone())),
              column("node", row -> Cells.text(row.item().node())),
              column("utilization", row -> Cells.number(row.item().utilization())),
              column("mean_queue_length", row -> Cells.number(row.item().meanQueueLength())),
              column("mean_wait_ms", row -> Cells.millis(row.item().meanWaitMs())),
              column("throughput_rps", row -> Cells.number(row.item().throughputRps())),
              column("rejected_rps", row -> Cells.number(row.item().rejectedRps()))));

  private static final CsvTable<HopResult> HOPS =
      new CsvTable<>(
          "hops.csv",
          ExposureResults::hops,
          List.of(
              column("tier", row -> row.item().tier().text()),
              column("hop", row -> row.item().hop().text()),
              column("mean_ms", row -> Cells.millis(row.item().meanMs())),
              column("p99_ms", row -> Cells.millis(row.item().p99Ms())),
              column("share", row -> Cells.number(row.item().share()))));

  private static final CsvTable<CostItem> COST =
      new CsvTable<>(
          "cost.csv",
          ExposureResults::costs,
          List.of(
              column("item", row -> row.item().item()),
              column("quantity", row -> Cells.number(row.item().quantity())),
              column("unit", row -> row.item().unit()),
              column("unit_price_usd", row -> Cells.number(row.item().unitPriceUsd())),
              column("usd_per_month", row -> Cells.number(row.item().usdPerMonth()))));

  private static final CsvTable<CdfPoint> LATENCY_CDF =
      new CsvTable<>(
          "latency-cdf.csv",
          exposure ->
              exposure.latency().map(latency -> latency.cdf().points()).orElse(List.<CdfPoint>of()),
          List.of(
              column("latency_ms", row -> Cells.millis(row.item().latencyMs())),
              column("cumulative_fraction", row -> Cells.number(row.item().cumulativeFraction()))));

  private static final List<CsvTable<?>> TABLES =
      List.of(SUMMARY, DIFFERENCES, ROUTES, COMPONENTS, HOPS, COST, LATENCY_CDF);

  private CsvReport() {}

  /** The file names this class writes into a scenario's folder, in the order of outputs.md. */
  public static List<String> fileNames() {
    return TABLES.stream().map(CsvTable::fileName).toList();
  }

  /** Writes every CSV file of one scenario into {@code dir}. */
  public static void write(ScenarioResults results, Path dir) throws IOException {
    for (CsvTable<?> table : TABLES) {
      table.write(List.of(results), dir.resolve(table.fileName()));
    }
  }

  /** Writes one summary.csv with the rows of every scenario of a batch. */
  public static void writeSummary(BatchResults batch, Path file) throws IOException {
    SUMMARY.write(batch.scenarios(), file);
  }

  private static <T> Column<T> column(String name, Function<Row<T>, String> cell) {
    return new Column<>(name, cell);
  }

  private static Column<ExposureResults> latency(
      String name, ToDoubleFunction<LatencyResults> value) {
    return column(
        name,
        row ->
            row.item()
                .latency()
                .map(latency -> Cells.millis(value.applyAsDouble(latency)))
                .orElse(""));
  }
}
