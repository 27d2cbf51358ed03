package kubeplan.replication;

import java.math.BigDecimal;
import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;

/**
 * A value estimated from {@code n} independent replications with its confidence interval {@code
 * value ± halfWidth}, which covers the true value with probability {@code confidence}.
 *
 * <p>With a single replication there is no spread to measure, so the half-width is {@code
 * +Infinity}: the interval contains everything and no precision target is ever met.
 */
public record Estimate(double value, double halfWidth, int n, double confidence) {
  /*
   * The half-width is Student's t: t(1 - (1 - confidence) / 2; n - 1) * s / sqrt(n), with s the
   * sample standard deviation of the n per-replication values (Law, Simulation Modeling and
   * Analysis, 5th ed., section 9.4.1). Replications are independent and each value is an average
   * or a percentile of many requests, so the values are close to normal and t is the right
   * quantile for small n. The t quantile comes from Commons Math, as jmh-core's statistics do.
   */

  public Estimate {
    if (n < 1) {
      throw new IllegalArgumentException("an estimate needs n >= 1 replications: " + n);
    }
    requireConfidence(confidence);
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value must be a finite number: " + value);
    }
    if (!(halfWidth >= 0)) {
      throw new IllegalArgumentException(
          "half-width must be >= 0 (+Infinity when unknown): " + halfWidth);
    }
  }

  /** The mean of the per-replication {@code values} with its Student-t interval. */
  public static Estimate mean(double[] values, double confidence) {
    requireValues(values, "values");
    return new Estimate(
        StatUtils.mean(values), halfWidth(values, confidence), values.length, confidence);
  }

  /**
   * An interval centred on {@code value} whose half-width comes from the spread of the
   * per-replication {@code values}, {@code t * s / sqrt(R)}: how measurement.md states the CI of a
   * pooled percentile, whose value comes from all requests but whose spread from replications.
   */
  public static Estimate around(double value, double[] values, double confidence) {
    requireValues(values, "values");
    return new Estimate(value, halfWidth(values, confidence), values.length, confidence);
  }

  /**
   * The mean of {@code variant[r] - baseline[r]} over replications r, with its interval. Under
   * common random numbers the two values of one replication are positively correlated, so this
   * interval is much narrower than the one of the difference of two independent means.
   *
   * @throws IllegalArgumentException when the two arrays do not pair up
   */
  public static Estimate pairedDifference(double[] variant, double[] baseline, double confidence) {
    requireValues(variant, "variant");
    requireValues(baseline, "baseline");
    if (variant.length != baseline.length) {
      throw new IllegalArgumentException(
          "paired values need the same replications: variant has "
              + variant.length
              + ", baseline has "
              + baseline.length);
    }
    double[] differences = new double[variant.length];
    for (int r = 0; r < differences.length; r++) {
      differences[r] = variant[r] - baseline[r];
    }
    return mean(differences, confidence);
  }

  /** The lower end of the interval, {@code value - halfWidth}. */
  public double lower() {
    return value - halfWidth;
  }

  /** The upper end of the interval, {@code value + halfWidth}. */
  public double upper() {
    return value + halfWidth;
  }

  /** Whether {@code x} lies in the closed interval {@code [lower(), upper()]}. */
  public boolean contains(double x) {
    return lower() <= x && x <= upper();
  }

  /**
   * {@code halfWidth / |value|}, the precision that sequential stopping compares with its target;
   * {@code 0} when both are zero and {@code +Infinity} when only the value is zero.
   */
  public double relativeHalfWidth() {
    if (value == 0) {
      return halfWidth == 0 ? 0 : Double.POSITIVE_INFINITY;
    }
    return halfWidth / Math.abs(value);
  }

  /**
   * Whether an upper-bound target (a latency SLO, an error-rate ceiling) is met with this
   * estimate's confidence: {@code value + halfWidth <= target}.
   */
  public boolean meetsTarget(double target) {
    return upper() <= target;
  }

  /** The same estimate in other units, e.g. {@code scaled(1e-9)} from nanoseconds to seconds. */
  public Estimate scaled(double factor) {
    if (!(factor > 0) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("scale factor must be finite and > 0: " + factor);
    }
    return new Estimate(value * factor, halfWidth * factor, n, confidence);
  }

  @Override
  public String toString() {
    String percent =
        BigDecimal.valueOf(confidence).movePointRight(2).stripTrailingZeros().toPlainString();
    return String.format(Locale.ROOT, "%.6g ± %.3g (%s%% CI, n=%d)", value, halfWidth, percent, n);
  }

  static void requireConfidence(double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException(
          "confidence must lie strictly between 0 and 1: " + confidence);
    }
  }

  private static double halfWidth(double[] values, double confidence) {
    requireConfidence(confidence);
    int n = values.length;
    if (n < 2) {
      return Double.POSITIVE_INFINITY;
    }
    // A null generator: this distribution is only asked for quantiles, never for samples.
    double t =
        new TDistribution(null, n - 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
    return t * Math.sqrt(StatUtils.variance(values) / n);
  }

  private static void requireValues(double[] values, String name) {
    if (values.length == 0) {
      throw new IllegalArgumentException(name + " must hold at least one replication's value");
    }
    for (int r = 0; r < values.length; r++) {
      if (!Double.isFinite(values[r])) {
        throw new IllegalArgumentException(
            name + "[" + r + "] must be a finite number: " + values[r]);
      }
    }
  }
}
