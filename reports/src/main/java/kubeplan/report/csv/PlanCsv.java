package kubeplan.report.csv;

import com.opencsv.CSVWriter;
import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import kubeplan.plan.PlanRow;

/** plan.csv: the capacity planner's chosen configuration per exposure, one row each. */
public final class PlanCsv {
  /** The file's name in the plan folder. */
  public static final String FILE = "plan.csv";

  private PlanCsv() {}

  /** Writes {@code rows} to {@code folder}/plan.csv as RFC 4180, UTF-8, with its header. */
  public static void write(List<PlanRow> rows, Path folder) throws IOException {
    try (Writer out = Files.newBufferedWriter(folder.resolve(FILE), StandardCharsets.UTF_8);
        ICSVWriter csv = new CSVWriterBuilder(out).withLineEnd(CSVWriter.RFC4180_LINE_END).build()) {
      csv.writeNext(PlanRow.HEADER, false);
      for (PlanRow row : rows) {
        csv.writeNext(cells(row), false);
      }
    }
  }

  private static String[] cells(PlanRow row) {
    return new String[] {
      row.scenario(), Cells.number(row.point()), row.exposure(), row.type(),
      Cells.number(row.rateRps()), Cells.bool(row.sloMet()), Cells.bool(row.cheapest()),
      row.replicas(), row.concurrency(), whole(row.controllerReplicas()), whole(row.nodes()),
      row.nodeType(), Cells.number(row.costPerMonthUsd()), Cells.millis(row.latencyP50Ms()),
      Cells.millis(row.latencyP50CiMs()), Cells.millis(row.latencyP99Ms()),
      Cells.millis(row.latencyP99CiMs()), Cells.number(row.errorRate()),
      Cells.number(row.podUtilization()), Cells.number(row.controllerUtilization()),
      whole(row.replications()), Cells.number(row.screened()), Cells.number(row.discarded()),
      Cells.number(row.simulated()), Cells.text(row.reason())
    };
  }

  private static String whole(OptionalInt value) {
    return value.isPresent() ? Cells.number(value.getAsInt()) : "";
  }
}
