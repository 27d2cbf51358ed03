package kubeplan.report.html;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import kubeplan.report.chart.RenderedChart;
import kubeplan.results.Difference;
import kubeplan.results.DifferenceMetric;
import kubeplan.results.ExposureResults;
import kubeplan.results.FileDigest;
import kubeplan.results.PointResults;
import kubeplan.results.Reproducibility;
import kubeplan.results.ScenarioResults;
import kubeplan.results.Summary;
import kubeplan.results.SweepKey;
import kubeplan.scenario.RunSpec;
import kubeplan.scenario.Warmup;

/**
 * report.html: one self-contained page (charts embedded as data URIs, inline CSS, no script, no
 * network) rendered from the Mustache template {@code report.mustache} on the class path.
 */
public final class HtmlReport {
  /** The file name of the report in a scenario's folder. */
  public static final String FILE = "report.html";

  private static final Mustache TEMPLATE =
      new DefaultMustacheFactory("kubeplan/report/html").compile("report.mustache");
  private static final List<DifferenceMetric> COMPARED =
      List.of(
          DifferenceMetric.LATENCY_MEAN,
          DifferenceMetric.LATENCY_P99,
          DifferenceMetric.ERROR_RATE,
          DifferenceMetric.COST_PER_MONTH);

  private HtmlReport() {}

  /**
   * Writes the report of {@code results} to {@code file} (UTF-8), embedding {@code charts} and
   * linking the {@code files} written beside it (relative names such as {@code summary.csv}).
   */
  public static void write(
      ScenarioResults results, List<RenderedChart> charts, List<String> files, Path file)
      throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      TEMPLATE.execute(out, page(results, charts, files));
    }
  }

  static ReportPage page(ScenarioResults results, List<RenderedChart> charts, List<String> files) {
    List<ReportPage.Point> points = new ArrayList<>();
    for (PointResults point : results.points()) {
      points.add(point(results, point, charts));
    }
    return new ReportPage(
        results.name(),
        results.description(),
        Verdicts.overall(results),
        results.breakEvens().stream().map(Verdicts::breakEven).toList(),
        warnings(results),
        settings(results),
        results.swept(),
        results.points().stream().map(point -> cheapestRow(results, point)).toList(),
        charts.stream().filter(chart -> chart.point().isEmpty()).map(HtmlReport::chart).toList(),
        points,
        reproducibility(results),
        List.copyOf(files));
  }

  private static ReportPage.Point point(
      ScenarioResults results, PointResults point, List<RenderedChart> charts) {
    String baseline = point.baseline().name();
    return new ReportPage.Point(
        results.swept() ? "Point " + point.index() + ": " + values(results, point) : "Results",
        point.index() == 0,
        Verdicts.cheapest(point),
        point.exposures().stream().map(exposure -> row(exposure, baseline)).toList(),
        point.exposures().stream()
            .map(
                exposure ->
                    new ReportPage.SloRow(
                        exposure.name(),
                        exposure.sloMet(),
                        exposure.sloChecks().stream()
                            .map(check -> new ReportPage.Check(Verdicts.check(check), check.met()))
                            .toList()))
            .toList(),
        point.exposures().size() > 1,
        baseline,
        point.exposures().stream()
            .skip(1)
            .map(
                exposure ->
                    new ReportPage.DifferenceRow(
                        exposure.name(),
                        COMPARED.stream().map(metric -> cell(exposure, metric)).toList()))
            .toList(),
        charts.stream()
            .filter(chart -> chart.point().isPresent() && chart.point().getAsInt() == point.index())
            .map(HtmlReport::chart)
            .toList());
  }

  private static ReportPage.ExposureRow row(ExposureResults exposure, String baseline) {
    Summary summary = exposure.summary();
    return new ReportPage.ExposureRow(
        exposure.name(),
        exposure.typeName(),
        exposure.name().equals(baseline),
        Units.rps(summary.throughputRps()),
        Units.percent(summary.errors().total()),
        exposure
            .latency()
            .map(l -> Units.ms(l.p50Ms().value(), l.p50Ms().ciHalfWidth()))
            .orElse("—"),
        exposure
            .latency()
            .map(l -> Units.ms(l.p99Ms().value(), l.p99Ms().ciHalfWidth()))
            .orElse("—"),
        exposure.latency().map(l -> Units.ms(l.p999Ms())).orElse("—"),
        exposure
            .latency()
            .map(l -> Units.ms(l.meanMs().value(), l.meanMs().ciHalfWidth()))
            .orElse("—"),
        Units.usd(exposure.costPerMonthUsd()),
        exposure.costPerMillionRequestsUsd().isPresent()
            ? Units.usd(exposure.costPerMillionRequestsUsd().getAsDouble())
            : "—",
        exposure.sloMet(),
        summary.unstable(),
        summary.percentileCiApproximate());
  }

  private static ReportPage.Cell cell(ExposureResults exposure, DifferenceMetric metric) {
    Optional<Difference> found =
        exposure.differences().stream()
            .filter(difference -> difference.metric() == metric)
            .findFirst();
    if (found.isEmpty()) {
      return new ReportPage.Cell("—", false);
    }
    Difference difference = found.get();
    double value = difference.difference();
    String text =
        switch (metric) {
          case LATENCY_MEAN, LATENCY_P99 ->
              Units.signed(Units.ms(value), value)
                  + " ± "
                  + Units.msHalfWidth(difference.differenceCi());
          case ERROR_RATE ->
              Units.signed(Units.percent(value), value)
                  + " ± "
                  + Units.percentHalfWidth(difference.differenceCi());
          case COST_PER_MONTH -> Units.signed(Units.usd(value), value);
        };
    if (difference.relativeDifference().isPresent()) {
      double relative = difference.relativeDifference().getAsDouble();
      text += " (" + Units.signed(Units.percent(relative), relative) + ")";
    }
    return new ReportPage.Cell(text, Math.abs(value) > difference.differenceCi());
  }

  private static ReportPage.CheapestRow cheapestRow(ScenarioResults results, PointResults point) {
    return point
        .cheapestMeetingSlo()
        .map(
            exposure ->
                new ReportPage.CheapestRow(
                    point.index(),
                    values(results, point),
                    exposure.name(),
                    Units.usd(exposure.costPerMonthUsd()),
                    exposure.latency().map(l -> Units.ms(l.p99Ms().value())).orElse("—"),
                    true))
        .orElse(
            new ReportPage.CheapestRow(
                point.index(), values(results, point), "none meets the SLO", "—", "—", false));
  }

  private static List<String> warnings(ScenarioResults results) {
    List<String> warnings = new ArrayList<>(results.warnings());
    List<String> few = where(results, exposure -> exposure.summary().percentileCiApproximate());
    List<String> unstable = where(results, exposure -> exposure.summary().unstable());
    if (!few.isEmpty()) {
      warnings.add(
          "Fewer than "
              + Units.number(Summary.SOUND_PERCENTILE_CI_REQUESTS)
              + " measured requests per replication ("
              + places(results, few)
              + "): the confidence intervals of percentiles are approximate;"
              + " a longer duration makes them sound.");
    }
    if (!unstable.isEmpty()) {
      warnings.add(
          "Overloaded: some station could not keep up ("
              + places(results, unstable)
              + "); latencies there grow with the run's length and are not steady-state figures.");
    }
    return warnings;
  }

  /** The exposures, at their points for a sweep, for which {@code condition} holds. */
  private static List<String> where(ScenarioResults results, Predicate<ExposureResults> condition) {
    List<String> places = new ArrayList<>();
    for (PointResults point : results.points()) {
      for (ExposureResults exposure : point.exposures()) {
        if (condition.test(exposure)) {
          places.add(exposure.name() + (results.swept() ? " at point " + point.index() : ""));
        }
      }
    }
    return places;
  }

  /** The places listed, or "every exposure" when that is what they are. */
  private static String places(ScenarioResults results, List<String> places) {
    int all = results.points().size() * results.exposureNames().size();
    if (places.size() < all) {
      return String.join(", ", places);
    }
    return results.swept() ? "every exposure at every point" : "every exposure";
  }

  private static List<ReportPage.Setting> settings(ScenarioResults results) {
    RunSpec run = results.run();
    List<ReportPage.Setting> settings =
        new ArrayList<>(
            List.of(
                new ReportPage.Setting("Exposures", String.join(", ", results.exposureNames())),
                new ReportPage.Setting("SLO", Verdicts.slo(results.slo())),
                new ReportPage.Setting(
                    "Measurement window", seconds(run.duration().toNanos()) + " per replication"),
                new ReportPage.Setting(
                    "Warm-up",
                    run.warmup() instanceof Warmup.Fixed fixed
                        ? seconds(fixed.length().toNanos())
                        : "chosen per replication by MSER-5"),
                new ReportPage.Setting(
                    "Replications",
                    run.precision()
                        .map(
                            precision ->
                                "from "
                                    + run.replications()
                                    + " until the CI of "
                                    + precision.metric()
                                    + " is within ± "
                                    + Units.percent(precision.relativeHalfWidth())
                                    + " (at most "
                                    + precision.maxReplications()
                                    + ")")
                        .orElse(run.replications() + " per point")),
                new ReportPage.Setting(
                    "Confidence",
                    Units.percent(run.confidence()) + " (Student t over replications)"),
                new ReportPage.Setting("Seed", Long.toString(results.seed()))));
    if (results.swept()) {
      settings.add(
          new ReportPage.Setting(
              "Sweep",
              results.sweepKeys().size()
                  + " key(s), "
                  + results.points().size()
                  + " points: "
                  + results.sweepKeys().stream()
                      .map(SweepKey::path)
                      .collect(Collectors.joining(" × "))));
    }
    return settings;
  }

  private static List<ReportPage.Setting> reproducibility(ScenarioResults results) {
    Reproducibility run = results.reproducibility();
    List<ReportPage.Setting> rows =
        new ArrayList<>(
            List.of(
                new ReportPage.Setting("kubeplan", run.kubeplanVersion()),
                new ReportPage.Setting("Command", String.join(" ", run.commandLine())),
                new ReportPage.Setting("Seed", Long.toString(results.seed())),
                digest("Scenario file", results.source().scenarioFile())));
    results.source().manifests().forEach(manifest -> rows.add(digest("Manifest", manifest)));
    rows.add(new ReportPage.Setting("Started", run.startedAt().toString()));
    rows.add(
        new ReportPage.Setting(
            "Wall time",
            seconds(run.wallTime().toNanos())
                + " on "
                + run.threads()
                + (run.threads() == 1 ? " thread" : " threads")));
    return rows;
  }

  private static ReportPage.Setting digest(String name, FileDigest file) {
    return new ReportPage.Setting(name, file.path() + " · SHA-256 " + file.sha256());
  }

  private static ReportPage.Chart chart(RenderedChart chart) {
    return new ReportPage.Chart(chart.title(), chart.fileName(), chart.dataUri());
  }

  private static String values(ScenarioResults results, PointResults point) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < results.sweepKeys().size(); i++) {
      values.add(results.sweepKeys().get(i).path() + " = " + point.sweepValues().get(i).text());
    }
    return String.join(", ", values);
  }

  private static String seconds(long nanos) {
    return Units.number(nanos / 1e9) + " s";
  }
}
