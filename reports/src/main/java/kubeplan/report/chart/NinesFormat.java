package kubeplan.report.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * Labels a "nines" axis: a value {@code v = 1 / (1 - q)} is shown as the percentile {@code q}, so
 * that 10 reads 90 %, 100 reads 99 % and 1000 reads 99.9 %. On a log axis each decade is one more
 * nine, which gives the tail of a latency distribution as much room as its body.
 */
final class NinesFormat extends NumberFormat {
  private static final long serialVersionUID = 1L;

  /** The axis value of percentile {@code q} (a fraction below 1). */
  static double axisValue(double q) {
    return 1 / (1 - q);
  }

  @Override
  public StringBuffer format(double value, StringBuffer to, FieldPosition position) {
    double percent = (1 - 1 / value) * 100;
    BigDecimal rounded = BigDecimal.valueOf(percent).round(new MathContext(6));
    return to.append(rounded.stripTrailingZeros().toPlainString()).append(" %");
  }

  @Override
  public StringBuffer format(long value, StringBuffer to, FieldPosition position) {
    return format((double) value, to, position);
  }

  @Override
  public Number parse(String source, ParsePosition position) {
    throw new UnsupportedOperationException("a nines axis only formats its ticks");
  }
}
