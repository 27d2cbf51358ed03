package kubeplan.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * Reads durations as scenarios write them: a number and one of {@code ns us µs ms s m h}.
 *
 * <pre>
 *   "250us"  -- 250 microseconds
 *   "1.5ms"  -- 1 500 000 nanoseconds
 *   "2h"     -- 7200 seconds
 *   "5"      -- an error: a duration needs a unit
 * </pre>
 */
public final class Durations {
  private static final String KIND = "a duration";
  private static final String UNITS = "ns, us, ms, s, m or h";

  private Durations() {}

  /**
   * Parses a non-negative duration, exact to the nanosecond.
   *
   * @throws ValueSyntaxException for a missing or unknown unit, a negative value, or a positive
   *     value below one nanosecond
   */
  public static Duration parse(String text) {
    Magnitude m = Magnitude.parse(text, KIND).requireNonNegative(KIND);
    BigDecimal nanos = m.number().multiply(BigDecimal.valueOf(nanosPerUnit(m)));
    BigDecimal rounded = nanos.setScale(0, RoundingMode.HALF_EVEN);
    if (rounded.signum() == 0 && nanos.signum() > 0) {
      throw new ValueSyntaxException(
          text, 0, "a duration must be at least 1ns: '" + text.strip() + "'");
    }
    BigDecimal[] secondsAndNanos = rounded.divideAndRemainder(BigDecimal.valueOf(1_000_000_000L));
    if (secondsAndNanos[0].compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      throw new ValueSyntaxException(text, 0, "a duration is too large: '" + text.strip() + "'");
    }
    return Duration.ofSeconds(secondsAndNanos[0].longValue(), secondsAndNanos[1].longValue());
  }

  /**
   * Parses a non-negative duration straight to seconds, without rounding to nanoseconds; the form
   * distributions use.
   */
  public static double parseSeconds(String text) {
    Magnitude m = Magnitude.parse(text, KIND).requireNonNegative(KIND);
    return m.value(KIND) * nanosPerUnit(m) / 1e9;
  }

  /** The duration in seconds, as a double (exact to about 0.1 ns up to a year). */
  public static double seconds(Duration d) {
    return d.getSeconds() + d.getNano() * 1e-9;
  }

  private static long nanosPerUnit(Magnitude m) {
    switch (m.unit()) {
      case "ns":
        return 1L;
      case "us":
      case "µs": // U+00B5 micro sign
      case "μs": // U+03BC Greek mu, which keyboards often produce instead
        return 1_000L;
      case "ms":
        return 1_000_000L;
      case "s":
        return 1_000_000_000L;
      case "m":
        return 60_000_000_000L;
      case "h":
        return 3_600_000_000_000L;
      default:
        throw m.unknownUnit(KIND, UNITS);
    }
  }
}
