package kubeplan.report.html;

import java.util.List;

/**
 * What report.mustache shows, already formatted: the template decides only where and how it looks,
 * so the page can be restyled without touching Java.
 */
record ReportPage(
    String scenario,
    String description,
    Verdict verdict,
    List<String> breakEvens,
    List<String> warnings,
    List<Setting> settings,
    boolean swept,
    List<CheapestRow> cheapest,
    List<Chart> sweepCharts,
    List<Point> points,
    List<Setting> reproducibility,
    List<String> files) {

  boolean hasWarnings() {
    return !warnings.isEmpty();
  }

  boolean hasFiles() {
    return !files.isEmpty();
  }

  /** The sentence at the top, and whether it is good news. */
  record Verdict(String text, boolean ok) {}

  /** A name and its formatted value. */
  record Setting(String name, String value) {}

  /** For a sweep: which exposure is the cheapest that meets the SLO at each point. */
  record CheapestRow(
      int point, String values, String exposure, String cost, String p99, boolean found) {}

  /** An embedded chart. */
  record Chart(String title, String fileName, String dataUri) {}

  /** One sweep point's tables and charts. */
  record Point(
      String heading,
      boolean open,
      String cheapest,
      List<ExposureRow> exposures,
      List<SloRow> slo,
      boolean compared,
      String baseline,
      List<DifferenceRow> differences,
      List<Chart> charts) {}

  /** One exposure's line of the headline table. */
  record ExposureRow(
      String name,
      String type,
      boolean baseline,
      String throughput,
      String errorRate,
      String p50,
      String p99,
      String p999,
      String mean,
      String costPerMonth,
      String costPerMillion,
      boolean sloMet,
      boolean unstable,
      boolean approximate) {}

  /** One exposure judged against every SLO target. */
  record SloRow(String exposure, boolean met, List<Check> checks) {
    boolean hasChecks() {
      return !checks.isEmpty();
    }
  }

  /** One SLO target judged: the measured value, its CI, the limit. */
  record Check(String text, boolean met) {}

  /** One exposure against the baseline: the mean, p99, error rate and cost differences. */
  record DifferenceRow(String exposure, List<Cell> cells) {}

  /** A paired difference; {@code clear} when its CI excludes 0, so the difference is real. */
  record Cell(String text, boolean clear) {}
}
