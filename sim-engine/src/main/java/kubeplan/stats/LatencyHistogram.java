package kubeplan.stats;

import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.Histogram;

/**
 * The latencies of one metric in one replication (or pooled over several), kept to three
 * significant digits in a histogram whose size is fixed when it is created, so memory does not grow
 * with simulated time.
 */
public final class LatencyHistogram {
  /*
   * HdrHistogram with 3 significant digits keeps every value to within 0.1 % of itself from 1 ns up
   * to highestTrackableValue. Its footprint depends only on that range: about log2(range) - 10
   * buckets of 1024 long counts, some 300 KB for a day of simulated time. Auto-resizing would
   * allocate on the hot path, so the range is the longest latency possible (the length of the
   * replication) and a longer one is a programming error. Values are recorded as nanoseconds; the
   * exact sum is kept beside the histogram so that the mean carries no bucket rounding.
   */
  private static final double NANOS_PER_SECOND = 1e9;
  private static final int SIGNIFICANT_DIGITS = 3;

  private final Histogram histogram;
  private final double longestSeconds;
  private double sumSeconds;

  /**
   * A histogram for latencies of up to {@code longestSeconds}.
   *
   * @throws IllegalArgumentException unless {@code longestSeconds} is finite and positive
   */
  public LatencyHistogram(double longestSeconds) {
    if (!(longestSeconds > 0) || Double.isInfinite(longestSeconds)) {
      throw new IllegalArgumentException(
          "the longest latency must be finite and > 0 s: " + longestSeconds);
    }
    this.longestSeconds = longestSeconds;
    this.histogram =
        new Histogram(1, Math.max(2, (long) Math.ceil(longestSeconds * 1e9)), SIGNIFICANT_DIGITS);
  }

  /**
   * Records one latency.
   *
   * @throws IllegalArgumentException if it is negative or longer than the histogram can hold
   */
  public void record(double seconds) {
    if (!(seconds >= 0) || seconds > longestSeconds) {
      throw new IllegalArgumentException(
          "latency "
              + seconds
              + " s is outside this histogram's range [0, "
              + longestSeconds
              + "] s");
    }
    histogram.recordValue(Math.round(seconds * NANOS_PER_SECOND));
    sumSeconds += seconds;
  }

  /** The number of latencies recorded. */
  public long count() {
    return histogram.getTotalCount();
  }

  /** The exact mean latency in seconds, or 0 when {@code count() == 0}. */
  public double mean() {
    long count = count();
    return count == 0 ? 0 : sumSeconds / count;
  }

  /**
   * The latency in seconds at or below which {@code percentile} % of the recorded ones lie, to
   * three significant digits (the middle of its bucket), or 0 when {@code count() == 0}.
   *
   * @param percentile in [0, 100], e.g. 99 for the p99
   */
  public double percentile(double percentile) {
    if (!(percentile >= 0 && percentile <= 100)) {
      throw new IllegalArgumentException("percentile must be in [0, 100]: " + percentile);
    }
    if (count() == 0) {
      return 0;
    }
    long nanos = histogram.getValueAtPercentile(percentile);
    return histogram.medianEquivalentValue(nanos) / NANOS_PER_SECOND;
  }

  /** The largest latency recorded, in seconds to three significant digits; 0 when empty. */
  public double max() {
    return count() == 0
        ? 0
        : histogram.medianEquivalentValue(histogram.getMaxValue()) / NANOS_PER_SECOND;
  }

  /** The longest latency this histogram can hold, in seconds. */
  public double longestSeconds() {
    return longestSeconds;
  }

  /** Forgets every latency recorded so far (at the end of a warm-up). */
  public void reset() {
    histogram.reset();
    sumSeconds = 0;
  }

  /**
   * Adds every latency of {@code other} to this one, to pool replications.
   *
   * @throws IllegalArgumentException if {@code other} can hold longer latencies than this one
   */
  public void add(LatencyHistogram other) {
    if (other.longestSeconds > longestSeconds) {
      throw new IllegalArgumentException(
          "cannot pool a histogram of latencies up to "
              + other.longestSeconds
              + " s into one that holds up to "
              + longestSeconds
              + " s");
    }
    histogram.add(other.histogram);
    sumSeconds += other.sumSeconds;
  }

  /** A copy to pool into, leaving this histogram as it is. */
  public LatencyHistogram copy() {
    LatencyHistogram copy = new LatencyHistogram(longestSeconds);
    copy.add(this);
    return copy;
  }

  /** A copy of the underlying HdrHistogram of nanoseconds, to pool percentiles across replications. */
  public AbstractHistogram histogram() {
    return histogram.copy();
  }
}
