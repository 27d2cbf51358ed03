package kubeplan.report.csv;

import com.opencsv.CSVWriter;
import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kubeplan.results.ExposureResults;
import kubeplan.results.PointResults;
import kubeplan.results.ScenarioResults;
import kubeplan.results.SweepKey;

/**
 * One CSV file of outputs.md: the key columns {@code scenario,point,exposure} and one column per
 * sweep key, then this table's own columns, with one row per item of each exposure at each point.
 */
final class CsvTable<T> {
  private final String fileName;
  private final Function<ExposureResults, List<T>> items;
  private final List<Column<T>> columns;

  CsvTable(String fileName, Function<ExposureResults, List<T>> items, List<Column<T>> columns) {
    this.fileName = fileName;
    this.items = items;
    this.columns = List.copyOf(columns);
  }

  String fileName() {
    return fileName;
  }

  /**
   * Writes the rows of every scenario to {@code file} as RFC 4180, UTF-8. Scenarios with different
   * sweeps share one column per distinct key; a scenario without a key leaves its cells empty.
   */
  void write(List<ScenarioResults> scenarios, Path file) throws IOException {
    List<String> keys = sweepKeys(scenarios);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        ICSVWriter csv =
            new CSVWriterBuilder(out).withLineEnd(CSVWriter.RFC4180_LINE_END).build()) {
      csv.writeNext(header(keys), false);
      for (ScenarioResults scenario : scenarios) {
        for (PointResults point : scenario.points()) {
          for (ExposureResults exposure : point.exposures()) {
            for (T item : items.apply(exposure)) {
              csv.writeNext(cells(keys, new Row<>(scenario, point, exposure, item)), false);
            }
          }
        }
      }
    }
  }

  private String[] header(List<String> keys) {
    List<String> header = new ArrayList<>(List.of("scenario", "point", "exposure"));
    header.addAll(keys);
    columns.forEach(column -> header.add(column.name()));
    return header.toArray(String[]::new);
  }

  private String[] cells(List<String> keys, Row<T> row) {
    Map<String, String> sweep = new LinkedHashMap<>();
    List<SweepKey> scenarioKeys = row.scenario().sweepKeys();
    for (int i = 0; i < scenarioKeys.size(); i++) {
      sweep.put(scenarioKeys.get(i).path(), row.point().sweepValues().get(i).csv());
    }
    List<String> cells =
        new ArrayList<>(
            List.of(
                row.scenario().name(), Cells.number(row.point().index()), row.exposure().name()));
    keys.forEach(key -> cells.add(sweep.getOrDefault(key, "")));
    columns.forEach(column -> cells.add(column.cell().apply(row)));
    return cells.toArray(String[]::new);
  }

  private static List<String> sweepKeys(List<ScenarioResults> scenarios) {
    return scenarios.stream()
        .flatMap(scenario -> scenario.sweepKeys().stream())
        .map(SweepKey::path)
        .distinct()
        .toList();
  }
}
