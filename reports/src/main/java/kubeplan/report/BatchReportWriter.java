package kubeplan.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kubeplan.report.csv.CsvReport;
import kubeplan.report.html.IndexPage;
import kubeplan.results.BatchResults;
import kubeplan.results.ScenarioResults;

/**
 * Writes the reports of several scenarios run by one command: each scenario's report in {@code
 * <root>/<scenario name>/}, and at the root an index.html linking them and a summary.csv with all
 * their headline rows. The root is written all at once or not at all.
 */
public final class BatchReportWriter {
  private BatchReportWriter() {}

  /**
   * Writes the reports of {@code batch} into {@code root} through a temporary sibling folder.
   *
   * @throws OutputExistsException if {@code root} is a non-empty folder and {@code force} is false
   */
  public static void write(BatchResults batch, Path root, boolean force) throws IOException {
    AtomicFolder.write(
        root,
        force,
        folder -> {
          for (ScenarioResults results : batch.scenarios()) {
            ReportWriter.writeInto(results, Files.createDirectory(folder.resolve(results.name())));
          }
          CsvReport.writeSummary(batch, folder.resolve(CsvReport.SUMMARY_FILE));
          IndexPage.write(batch, folder.resolve(IndexPage.FILE));
        });
  }
}
