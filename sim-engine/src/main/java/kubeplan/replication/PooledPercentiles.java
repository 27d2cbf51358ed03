package kubeplan.replication;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.Histogram;

/**
 * Percentiles of every value that every replication recorded (their histograms merged), each with a
 * confidence interval from the spread of the per-replication percentiles.
 *
 * <p>Pooling, not averaging per-replication percentiles, is what measurement.md requires: the mean
 * of short-run p99s is biased low at high load. The interval is sound when each replication
 * recorded at least {@link #SOUND_REPLICATION_COUNT} values; {@link #smallestReplicationCount()}
 * tells a report whether to say otherwise. Values keep the histograms' unit (e.g. nanoseconds);
 * {@link Estimate#scaled} converts.
 */
public final class PooledPercentiles {
  /** Values per replication above which its percentiles are reliable enough (measurement.md). */
  public static final long SOUND_REPLICATION_COUNT = 100_000;

  private final Histogram pooled;
  private final List<AbstractHistogram> replications;

  private PooledPercentiles(Histogram pooled, List<AbstractHistogram> replications) {
    this.pooled = pooled;
    this.replications = replications;
  }

  /**
   * Pools the histograms of one metric, one per replication in replication order. The histograms
   * are copied, so the caller may reuse them.
   */
  public static PooledPercentiles of(List<? extends AbstractHistogram> perReplication) {
    if (perReplication.isEmpty()) {
      throw new IllegalArgumentException("pooling needs at least one replication's histogram");
    }
    // An auto-resizing histogram with the finest precision among the inputs accepts them all.
    int digits =
        perReplication.stream()
            .mapToInt(AbstractHistogram::getNumberOfSignificantValueDigits)
            .max()
            .getAsInt();
    Histogram pooled = new Histogram(digits);
    List<AbstractHistogram> copies = new ArrayList<>(perReplication.size());
    for (AbstractHistogram histogram : perReplication) {
      pooled.add(histogram);
      copies.add(histogram.copy());
    }
    return new PooledPercentiles(pooled, List.copyOf(copies));
  }

  /** The number of values recorded by all replications together. */
  public long totalCount() {
    return pooled.getTotalCount();
  }

  /** The fewest values any one replication recorded. */
  public long smallestReplicationCount() {
    return replications.stream().mapToLong(AbstractHistogram::getTotalCount).min().getAsLong();
  }

  /** The pooled mean of all recorded values (every request weighs the same). */
  public double mean() {
    requireValues();
    return pooled.getMean();
  }

  /**
   * The pooled value at {@code percentile} (e.g. 99.0 for p99) with the interval {@code t * s /
   * sqrt(R)} from the per-replication values at that percentile. Replications that recorded nothing
   * have no percentile and take no part in the spread; with fewer than two left the half-width is
   * {@code +Infinity}.
   *
   * @throws IllegalStateException when no replication recorded any value
   */
  public Estimate at(double percentile, double confidence) {
    if (!(percentile >= 0 && percentile <= 100)) {
      throw new IllegalArgumentException("percentile must lie in [0, 100]: " + percentile);
    }
    requireValues();
    double[] values =
        replications.stream()
            .filter(histogram -> histogram.getTotalCount() > 0)
            .mapToDouble(histogram -> histogram.getValueAtPercentile(percentile))
            .toArray();
    return Estimate.around(pooled.getValueAtPercentile(percentile), values, confidence);
  }

  /** A copy of the merged histogram, for reports that draw the whole distribution. */
  public Histogram histogram() {
    return pooled.copy();
  }

  private void requireValues() {
    if (pooled.getTotalCount() == 0) {
      throw new IllegalStateException(
          "no value was recorded in any of the " + replications.size() + " replications");
    }
  }
}
