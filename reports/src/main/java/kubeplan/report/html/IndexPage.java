package kubeplan.report.html;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kubeplan.results.BatchResults;
import kubeplan.results.ScenarioResults;

/**
 * index.html at the root of a batch: one line per scenario with its verdict and a link to its own
 * report, from the template {@code index.mustache}.
 */
public final class IndexPage {
  /** The file name of the index at a batch's root. */
  public static final String FILE = "index.html";

  private static final Mustache TEMPLATE =
      new DefaultMustacheFactory("kubeplan/report/html").compile("index.mustache");

  private IndexPage() {}

  /** What index.mustache shows. */
  record Page(int count, List<Entry> scenarios) {}

  /** One scenario: its name, folder link, description, verdict and size. */
  record Entry(
      String name,
      String link,
      String description,
      ReportPage.Verdict verdict,
      String exposures,
      int points) {}

  /**
   * Writes the index of {@code batch} to {@code file}; each report is {@code <name>/report.html}.
   */
  public static void write(BatchResults batch, Path file) throws IOException {
    List<Entry> entries = batch.scenarios().stream().map(IndexPage::entry).toList();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      TEMPLATE.execute(out, new Page(entries.size(), entries));
    }
  }

  private static Entry entry(ScenarioResults results) {
    return new Entry(
        results.name(),
        results.name() + "/" + HtmlReport.FILE,
        results.description(),
        Verdicts.overall(results),
        String.join(", ", results.exposureNames()),
        results.points().size());
  }
}
