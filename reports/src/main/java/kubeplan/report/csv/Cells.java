package kubeplan.report.csv;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The text of one CSV cell: numbers with a {@code .} decimal point whatever the JVM's locale, no
 * thousands separators and no exponent; milliseconds to the nanosecond, other numbers to 12
 * significant digits (which drops binary rounding noise such as 0.30000000000000004); {@code
 * true}/{@code false}; an empty cell for an absent value.
 */
final class Cells {
  private static final MathContext SIGNIFICANT = new MathContext(12);

  /** Decimals of a time in milliseconds that resolve one nanosecond. */
  private static final int NANOSECOND_DECIMALS = 6;

  private Cells() {}

  static String number(double value) {
    finite(value);
    if (value == 0) {
      return "0";
    }
    return BigDecimal.valueOf(value).round(SIGNIFICANT).stripTrailingZeros().toPlainString();
  }

  /** A time in milliseconds, rounded to the nanosecond. */
  static String millis(double value) {
    finite(value);
    BigDecimal rounded =
        BigDecimal.valueOf(value).setScale(NANOSECOND_DECIMALS, RoundingMode.HALF_EVEN);
    return rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
  }

  static String millis(OptionalDouble value) {
    return value.isPresent() ? millis(value.getAsDouble()) : "";
  }

  static String number(long value) {
    return Long.toString(value);
  }

  static String number(OptionalDouble value) {
    return value.isPresent() ? number(value.getAsDouble()) : "";
  }

  static String text(Optional<String> value) {
    return value.orElse("");
  }

  static String bool(boolean value) {
    return Boolean.toString(value);
  }

  private static void finite(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("a CSV number must be finite: " + value);
    }
  }
}
