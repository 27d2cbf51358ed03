package kubeplan.random;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import kubeplan.value.ValueSyntaxException;

/**
 * Reads a one-column CSV file of values, such as measured latencies or arrival times, into base
 * units. The unit comes from the header ({@code ms}, or a name ending in it such as {@code
 * latency_ms}) or from the caller; a header without a unit is allowed only when the caller gives
 * one or the values are plain numbers. Blank lines and lines starting with {@code #} are skipped.
 */
public final class ValueColumn {
  private ValueColumn() {}

  /**
   * Reads {@code file} into base units of {@code dimension}.
   *
   * @param unit the unit of the values, or {@code null} to take it from the header
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException naming the line for an unreadable row, a missing or
   *     conflicting unit, an extra column, or a file without values
   */
  public static double[] read(Path file, Dimension dimension, String unit) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    double[] values = new double[lines.size()];
    int count = 0;
    String columnUnit = unit;
    boolean first = true;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.contains(",")) {
        throw new IllegalArgumentException(
            "line " + (i + 1) + ": expected one value per row, got '" + line + "'");
      }
      if (first && Character.isLetter(line.charAt(0))) {
        columnUnit = headerUnit(line, dimension, unit, i + 1);
        first = false;
        continue;
      }
      first = false;
      values[count++] = cell(line, dimension, columnUnit, i + 1);
    }
    if (count == 0) {
      throw new IllegalArgumentException("has no values");
    }
    return Arrays.copyOf(values, count);
  }

  private static String headerUnit(String header, Dimension dimension, String given, int line) {
    String candidate = header.substring(header.lastIndexOf('_') + 1);
    boolean isUnit = isUnit(candidate, dimension);
    if (given != null) {
      if (isUnit && !candidate.equals(given)) {
        throw new IllegalArgumentException(
            "line "
                + line
                + ": the header '"
                + header
                + "' says "
                + candidate
                + " but unit is "
                + given);
      }
      return given;
    }
    if (isUnit) {
      return candidate;
    }
    if (dimension == Dimension.NUMBER) {
      return "";
    }
    throw new IllegalArgumentException(
        "line "
            + line
            + ": the header '"
            + header
            + "' names no unit; name the column like "
            + (dimension == Dimension.TIME ? "latency_ms" : "size_KiB")
            + " or pass unit=…");
  }

  /** Whether {@code candidate} is a unit of {@code dimension}, such as {@code ms} for TIME. */
  public static boolean isUnit(String candidate, Dimension dimension) {
    if (dimension == Dimension.NUMBER) {
      return false;
    }
    try {
      dimension.parse("1" + candidate);
      return true;
    } catch (ValueSyntaxException e) {
      return false;
    }
  }

  private static double cell(String cell, Dimension dimension, String unit, int line) {
    if (dimension != Dimension.NUMBER && unit == null) {
      throw new IllegalArgumentException(
          "line "
              + line
              + ": no unit for '"
              + cell
              + "'; add a header like "
              + (dimension == Dimension.TIME ? "latency_ms" : "size_KiB")
              + " or pass unit=…");
    }
    try {
      Dimension.plainNumber(cell);
      return dimension.parse(unit == null ? cell : cell + unit);
    } catch (ValueSyntaxException e) {
      throw new IllegalArgumentException("line " + line + ": " + e.reason(), e);
    }
  }
}
