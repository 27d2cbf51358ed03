package kubeplan.report.html;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as a reader of the report wants them: with their unit, three significant digits, and
 * thousands grouped, in English conventions whatever the JVM's locale ({@code 12.3 ms}, {@code
 * $1,234.56}, {@code 0.05 %}, {@code 2,000 req/s}).
 */
final class Units {
  private static final int DIGITS = 3;

  /** A confidence interval's half-width needs fewer digits than the value it qualifies. */
  private static final int CI_DIGITS = 2;

  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private Units() {}

  /** A latency in milliseconds: {@code 0.412 ms}, {@code 12.3 ms}, {@code 1,234 ms}. */
  static String ms(double millis) {
    return significant(millis) + " ms";
  }

  /** A latency with its CI half-width (two significant digits): {@code 34.6 ± 0.53 ms}. */
  static String ms(double millis, double halfWidth) {
    return significant(millis) + " ± " + msHalfWidth(halfWidth);
  }

  /** A CI half-width of a latency, two significant digits: {@code 0.53 ms}. */
  static String msHalfWidth(double millis) {
    return significant(millis, CI_DIGITS) + " ms";
  }

  /** A CI half-width of a fraction as a percentage, two significant digits: {@code 0.012 %}. */
  static String percentHalfWidth(double fraction) {
    return significant(fraction * 100, CI_DIGITS) + " %";
  }

  /** Money: cents from a dollar on ({@code $1,234.56}), else three significant digits. */
  static String usd(double dollars) {
    if (Math.abs(dollars) >= 1) {
      return (dollars < 0 ? "−$" : "$") + pattern("#,##0.00").format(Math.abs(dollars));
    }
    return (dollars < 0 ? "−$" : "$") + significant(Math.abs(dollars));
  }

  /** A fraction as a percentage: {@code 0.05 %}, {@code 12.5 %}. */
  static String percent(double fraction) {
    return significant(fraction * 100) + " %";
  }

  /** A rate: {@code 2,000 req/s}. */
  static String rps(double perSecond) {
    return significant(perSecond) + " req/s";
  }

  /** A count or any other plain number, three significant digits, grouped. */
  static String number(double value) {
    return significant(value);
  }

  /** Signed, for differences: {@code +3.1 ms}. */
  static String signed(String formatted, double value) {
    return value > 0 ? "+" + formatted : formatted;
  }

  private static String significant(double value) {
    return significant(value, DIGITS);
  }

  /**
   * {@code digits} significant digits, but never rounding away integer digits ({@code 12345}
   * stays), with {@code ,} grouping; {@code −} for negatives.
   */
  private static String significant(double value, int digits) {
    if (value == 0) {
      return "0";
    }
    BigDecimal exact = BigDecimal.valueOf(Math.abs(value));
    BigDecimal rounded =
        exact.compareTo(THOUSAND) >= 0
            ? exact.setScale(0, RoundingMode.HALF_EVEN)
            : exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
    int decimals = Math.max(0, rounded.stripTrailingZeros().scale());
    DecimalFormat format = pattern(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals));
    String text = format.format(rounded);
    return value < 0 ? "−" + text : text;
  }

  private static DecimalFormat pattern(String pattern) {
    return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ENGLISH));
  }
}
