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
import kubeplan.plan.FrontierRow;
import kubeplan.plan.PlanRow;

/**
 * The capacity planner's CSV files: plan.csv, its chosen configuration per exposure, and
 * frontier.csv, the configurations it simulated that are Pareto-optimal in cost and p99.
 */
public final class PlanCsv {
  /** The plan's file name in the plan folder. */
  public static final String FILE = "plan.csv";

  /** The frontier's file name in the plan folder. */
  public static final String FRONTIER_FILE = "frontier.csv";

  private PlanCsv() {}

  /** Writes plan.csv and frontier.csv into {@code folder} as RFC 4180, UTF-8, with headers. */
  public static void write(List<PlanRow> plan, List<FrontierRow> frontier, Path folder)
      throws IOException {
    write(folder.resolve(FILE), PlanRow.HEADER, plan.stream().map(PlanCsv::cells).toList());
    write(folder.resolve(FRONTIER_FILE), FrontierRow.HEADER,
        frontier.stream().map(PlanCsv::cells).toList());
  }

  private static void write(Path file, String[] header, List<String[]> rows) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        ICSVWriter csv =
            new CSVWriterBuilder(out).withLineEnd(CSVWriter.RFC4180_LINE_END).build()) {
      csv.writeNext(header, false);
      for (String[] row : rows) {
        csv.writeNext(row, false);
      }
    }
  }

  private static String[] cells(FrontierRow row) {
    return new String[] {
      row.scenario(), Cells.number(row.point()), row.exposure(), row.type(), row.replicas(),
      row.concurrency(), whole(row.controllerReplicas()), Cells.number(row.nodes()),
      row.nodeType(), row.externalTrafficPolicy(), row.kubeProxy(),
      Cells.number(row.costPerMonthUsd()), Cells.millis(row.latencyP99Ms()),
      Cells.millis(row.latencyP99CiMs()), Cells.bool(row.sloMet())
    };
  }

  private static String[] cells(PlanRow row) {
    return new String[] {
      row.scenario(), Cells.number(row.point()), row.exposure(), row.type(),
      Cells.number(row.rateRps()), Cells.bool(row.sloMet()), Cells.bool(row.cheapest()),
      row.replicas(), row.concurrency(), whole(row.controllerReplicas()), whole(row.nodes()),
      row.nodeType(), row.externalTrafficPolicy(), row.kubeProxy(),
      Cells.number(row.costPerMonthUsd()), Cells.millis(row.latencyP50Ms()),
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
