package kubeplan.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kubeplan.report.chart.ChartStyle;
import kubeplan.report.chart.RenderedChart;
import kubeplan.report.chart.ScenarioCharts;
import kubeplan.report.csv.CsvReport;
import kubeplan.report.html.HtmlReport;
import kubeplan.results.ScenarioResults;

/**
 * Writes the complete report of one scenario (outputs.md): the CSV files, run.json, the PNG charts
 * under {@code charts/} and report.html, all at once or not at all.
 */
public final class ReportWriter {
  /** The file name of the reproducibility record. */
  public static final String RUN_RECORD = "run.json";

  /** The folder of the PNG charts. */
  public static final String CHARTS = "charts";

  private ReportWriter() {}

  /**
   * Writes the report of {@code results} into {@code dir} through a temporary sibling folder.
   *
   * @throws OutputExistsException if {@code dir} is a non-empty folder and {@code force} is false
   */
  public static void write(ScenarioResults results, Path dir, boolean force) throws IOException {
    AtomicFolder.write(dir, force, folder -> writeInto(results, folder));
  }

  /** Writes the report of {@code results} into the existing, empty {@code folder}. */
  static void writeInto(ScenarioResults results, Path folder) throws IOException {
    CsvReport.write(results, folder);
    RunRecord.of(results).write(folder.resolve(RUN_RECORD));
    Path charts = Files.createDirectory(folder.resolve(CHARTS));
    List<RenderedChart> rendered = ScenarioCharts.render(results, ChartStyle.DEFAULT);
    for (RenderedChart chart : rendered) {
      chart.writeTo(charts);
    }
    List<String> files = new ArrayList<>(CsvReport.fileNames());
    files.add(RUN_RECORD);
    HtmlReport.write(results, rendered, files, folder.resolve(HtmlReport.FILE));
  }
}
