package kubeplan.report.html;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kubeplan.results.BreakEven;
import kubeplan.results.Estimate;
import kubeplan.results.ExposureResults;
import kubeplan.results.PointResults;
import kubeplan.results.ScenarioResults;
import kubeplan.results.Slo;
import kubeplan.results.SloCheck;
import kubeplan.results.SloTarget;

/** The sentences of the report that answer its question: which exposure to choose, and why. */
final class Verdicts {
  private static final Map<String, String> METRICS =
      Map.of(
          "cost_per_month_usd", "monthly cost",
          "cost_per_hour_usd", "hourly cost",
          "cost_per_million_requests_usd", "cost per million requests",
          "latency_mean_ms", "mean latency",
          "latency_p50_ms", "p50 latency",
          "latency_p99_ms", "p99 latency",
          "error_rate", "error rate");

  private Verdicts() {}

  /** The SLO in words, e.g. "p99 latency ≤ 50 ms and error rate ≤ 0.1 %, at the client". */
  static String slo(Slo slo) {
    if (slo.targets().isEmpty()) {
      return "none set";
    }
    return slo.targets().stream().map(Verdicts::target).collect(Collectors.joining(" and "))
        + ", measured at the "
        + slo.measuredAt().name().toLowerCase(Locale.ROOT);
  }

  /** The answer at the top of the report. */
  static ReportPage.Verdict overall(ScenarioResults results) {
    String slo =
        results.slo().targets().isEmpty()
            ? "no SLO is set"
            : "the SLO (" + slo(results.slo()) + ")";
    List<PointResults> points = results.points();
    if (!results.swept()) {
      Optional<ExposureResults> cheapest = points.get(0).cheapestMeetingSlo();
      return cheapest
          .map(
              exposure ->
                  new ReportPage.Verdict(
                      exposure.name()
                          + " is the cheapest exposure "
                          + "that meets "
                          + slo
                          + ": "
                          + Units.usd(exposure.costPerMonthUsd())
                          + " per month"
                          + p99(exposure)
                          + ".",
                      true))
          .orElse(new ReportPage.Verdict("No exposure meets " + slo + ".", false));
    }
    List<String> cheapest =
        points.stream()
            .map(point -> point.cheapestMeetingSlo().map(ExposureResults::name).orElse(""))
            .toList();
    long met = cheapest.stream().filter(name -> !name.isEmpty()).count();
    if (met == 0) {
      return new ReportPage.Verdict(
          "No exposure meets " + slo + " at any of the " + points.size() + " sweep points.", false);
    }
    if (met == points.size() && cheapest.stream().distinct().count() == 1) {
      return new ReportPage.Verdict(
          cheapest.get(0)
              + " is the cheapest exposure that meets "
              + slo
              + " at every one of the "
              + points.size()
              + " sweep points.",
          true);
    }
    return new ReportPage.Verdict(
        "Some exposure meets "
            + slo
            + " at "
            + met
            + " of "
            + points.size()
            + " sweep points; the cheapest one that does changes along the sweep"
            + " (see the table below).",
        met == points.size());
  }

  /** The cheapest exposure meeting the SLO at one point, in a sentence. */
  static String cheapest(PointResults point) {
    return point
        .cheapestMeetingSlo()
        .map(
            exposure ->
                "Cheapest exposure that meets the SLO: "
                    + exposure.name()
                    + " ("
                    + Units.usd(exposure.costPerMonthUsd())
                    + " per month"
                    + p99(exposure)
                    + ").")
        .orElse("No exposure meets the SLO at this point.");
  }

  /** A break-even point, e.g. "Along services[foo].copies, ingress has the lower …". */
  static String breakEven(BreakEven breakEven) {
    String metric = METRICS.getOrDefault(breakEven.metric(), breakEven.metric());
    return "Along "
        + breakEven.sweepKey()
        + ", "
        + breakEven.lowerBelow()
        + " has the lower "
        + metric
        + " below "
        + breakEven.at().text()
        + " and "
        + breakEven.lowerAbove()
        + " from there on.";
  }

  /** One SLO target judged, e.g. "p99 latency 34.6 ± 0.53 ms ≤ 50 ms". */
  static String check(SloCheck check) {
    SloTarget target = check.target();
    String limit =
        target.metric().isLatency() ? Units.ms(target.limit()) : Units.percent(target.limit());
    String relation = check.met() ? " ≤ " : " > ";
    return check
        .measured()
        .map(
            (Estimate measured) ->
                target.metric().label() + " " + estimate(check, measured) + relation + limit)
        .orElse(target.metric().label() + " not measured (no request succeeded), limit " + limit);
  }

  /** The value, its CI half-width and the upper end that is judged: "34.6 ± 0.53 ms (up to …)". */
  private static String estimate(SloCheck check, Estimate measured) {
    if (check.target().metric().isLatency()) {
      return Units.ms(measured.value(), measured.ciHalfWidth())
          + " (up to "
          + Units.ms(measured.upper())
          + ")";
    }
    return Units.percent(measured.value())
        + " ± "
        + Units.percentHalfWidth(measured.ciHalfWidth())
        + " (up to "
        + Units.percent(measured.upper())
        + ")";
  }

  private static String target(SloTarget target) {
    return target.metric().label()
        + " ≤ "
        + (target.metric().isLatency() ? Units.ms(target.limit()) : Units.percent(target.limit()));
  }

  private static String p99(ExposureResults exposure) {
    return exposure
        .latency()
        .map(latency -> ", p99 " + Units.ms(latency.p99Ms().value(), latency.p99Ms().ciHalfWidth()))
        .orElse("");
  }
}
