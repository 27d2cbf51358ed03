package kubeplan.value;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A decimal number followed by an optional unit, as written in a scenario: {@code 1.5ms}, {@code
 * 16KiB}, {@code 2000/s}. Each value type reads its units from the split this makes.
 */
record Magnitude(String text, BigDecimal number, String unit, int unitOffset) {
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

  /**
   * Splits {@code text} into its leading number and the unit after it (blanks between are allowed).
   *
   * @param kind what the value is, for the message: {@code "a duration"}
   */
  static Magnitude parse(String text, String kind) {
    String trimmed = text.strip();
    int start = text.length() - text.stripLeading().length();
    if (trimmed.isEmpty()) {
      throw new ValueSyntaxException(text, 0, kind + " is empty");
    }
    Matcher m = NUMBER.matcher(trimmed);
    if (!m.lookingAt()) {
      throw new ValueSyntaxException(
          text, start, kind + " must start with a number: '" + trimmed + "'");
    }
    BigDecimal number = new BigDecimal(m.group());
    String rest = trimmed.substring(m.end());
    String unit = rest.strip();
    int unitOffset = start + m.end() + (rest.length() - rest.stripLeading().length());
    return new Magnitude(text, number, unit, unitOffset);
  }

  /** The number as a double, refusing values too large to represent. */
  double value(String kind) {
    double d = number.doubleValue();
    if (Double.isInfinite(d)) {
      throw new ValueSyntaxException(text, 0, kind + " is too large: '" + text.strip() + "'");
    }
    return d;
  }

  /** Refuses a negative number, naming the value. */
  Magnitude requireNonNegative(String kind) {
    if (number.signum() < 0) {
      throw new ValueSyntaxException(
          text, 0, kind + " must not be negative: '" + text.strip() + "'");
    }
    return this;
  }

  /** The error for a unit this value type does not know, listing the ones it does. */
  ValueSyntaxException unknownUnit(String kind, String units) {
    if (unit.isEmpty()) {
      return new ValueSyntaxException(
          text, 0, kind + " needs a unit: " + units + " (got '" + text.strip() + "')");
    }
    return new ValueSyntaxException(
        text,
        unitOffset,
        "unknown unit '" + unit + "' in " + kind + " '" + text.strip() + "'; use " + units);
  }
}
