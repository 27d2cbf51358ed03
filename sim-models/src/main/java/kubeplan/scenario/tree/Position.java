package kubeplan.scenario.tree;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a value starts in a file, as a user counts: 1-based line and column.
 *
 * @param file the file
 * @param line the 1-based line
 * @param column the 1-based column of the value's first character (its quote, if quoted)
 * @param shift what to add to an offset into the value's text to get a column offset: 1 for a
 *     quoted scalar, whose text starts after the quote; negative for text built from a sweep value,
 *     so that an offset at that value lands on it
 */
public record Position(Path file, int line, int column, int shift) {
  public Position {
    Objects.requireNonNull(file, "file");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column start at 1: " + line + ":" + column);
    }
  }

  /** The start of {@code file}, for problems that concern the whole file. */
  public static Position startOf(Path file) {
    return new Position(file, 1, 1, 0);
  }

  /**
   * The position of the character {@code offset} characters into the value's text, never left of
   * the value's start.
   */
  public Position at(int offset) {
    return new Position(file, line, Math.max(column, column + shift + offset), 0);
  }

  /** The same place, with offsets into the text shifted by {@code shift} columns. */
  public Position shifted(int shift) {
    return new Position(file, line, column, shift);
  }
}
