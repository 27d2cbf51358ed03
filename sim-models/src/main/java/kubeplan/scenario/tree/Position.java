package kubeplan.scenario.tree;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a value starts in a file, as a user counts: 1-based line and column.
 *
 * @param file the file
 * @param line the 1-based line
 * @param column the 1-based column of the value's first character (its quote, if quoted)
 * @param quoted whether the value is a quoted scalar, whose text starts one column further
 */
public record Position(Path file, int line, int column, boolean quoted) {
  public Position {
    Objects.requireNonNull(file, "file");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column start at 1: " + line + ":" + column);
    }
  }

  /** The start of {@code file}, for problems that concern the whole file. */
  public static Position startOf(Path file) {
    return new Position(file, 1, 1, false);
  }

  /** The position of the character {@code offset} characters into the value's text. */
  public Position at(int offset) {
    return new Position(file, line, column + offset + (quoted ? 1 : 0), false);
  }
}
