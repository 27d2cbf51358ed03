package kubeplan.scenario;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with (or worth noting about) an input file, at a place a user can find.
 *
 * @param file the file, as the user named it or as the scenario references it
 * @param line the 1-based line (1 when the problem concerns the whole file)
 * @param column the 1-based column (1 when the problem concerns the whole file)
 * @param field the path of the field in the file ({@code services[0].serviceTime}), or empty
 * @param message what is wrong, naming the value and the rule
 */
public record Problem(Path file, int line, int column, String field, String message)
    implements Comparable<Problem> {

  private static final Comparator<Problem> ORDER =
      Comparator.comparing((Problem p) -> p.file().toString())
          .thenComparingInt(Problem::line)
          .thenComparingInt(Problem::column)
          .thenComparing(Problem::field)
          .thenComparing(Problem::message);

  public Problem {
    Objects.requireNonNull(file, "file");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column start at 1: " + line + ":" + column);
    }
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  /** {@code FILE:LINE:COLUMN: field: message}, without {@code field: } when there is none. */
  @Override
  public String toString() {
    String where = file + ":" + line + ":" + column + ": ";
    return field.isEmpty() ? where + message : where + field + ": " + message;
  }

  /** By file, then position, so a report reads top to bottom. */
  @Override
  public int compareTo(Problem other) {
    return ORDER.compare(this, other);
  }
}
