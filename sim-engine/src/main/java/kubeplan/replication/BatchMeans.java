package kubeplan.replication;

import java.util.Arrays;

/**
 * A replication's output series (e.g. request latencies in completion order) kept as the means of
 * consecutive batches in fixed memory, for {@link Mser5}. Each batch also remembers the time of its
 * first observation, which turns a truncation point into a warm-up end time.
 */
public final class BatchMeans {
  /*
   * Batches start with Mser5.BATCH_SIZE observations. When all `capacity` batches are full,
   * adjacent pairs are merged, so the array is half full again and every batch, including the next
   * one to be filled, holds twice as many observations. Memory is therefore fixed (three arrays of
   * `capacity`), the work per observation is O(1) amortised and allocation-free, and all complete
   * batches always hold the same number of observations, which MSER needs. After k merges the
   * batches hold 5 * 2^k observations: MSER-m with a larger m, which still deletes the transient,
   * at a coarser resolution of at most 2 * length / capacity of the run.
   *
   * Applying the truncation afterwards needs statistics that can still drop the warm-up: the
   * design for the latency histograms is to snapshot (copy) them at fixed fractions of the run up
   * to its half (e.g. every 1/16), and to subtract the snapshot at the first fraction at or after
   * the warm-up end that MSER-5 finds; time-weighted statistics keep their integral at the same
   * instants. That is a fixed number of copies per replication, whatever the run length.
   */
  private final double[] sums;
  private final double[] startTimes;
  private final int capacity;
  private long batchSize = Mser5.BATCH_SIZE;
  private int complete;
  private long inCurrent;
  private double currentSum;
  private double currentStart;
  private long count;

  /**
   * A series of at most {@code capacity} batches (an even number >= 20; 1024 batches take 16 KiB).
   */
  public BatchMeans(int capacity) {
    if (capacity < 20 || capacity % 2 != 0) {
      throw new IllegalArgumentException(
          "batch-means capacity must be an even number >= 20: " + capacity);
    }
    this.capacity = capacity;
    this.sums = new double[capacity];
    this.startTimes = new double[capacity];
  }

  /** Adds one observation {@code value} made at simulation time {@code time}. */
  public void add(double time, double value) {
    if (inCurrent == 0) {
      currentStart = time;
    }
    currentSum += value;
    count++;
    if (++inCurrent == batchSize) {
      sums[complete] = currentSum;
      startTimes[complete] = currentStart;
      currentSum = 0;
      inCurrent = 0;
      if (++complete == capacity) {
        halve();
      }
    }
  }

  /** The number of observations added. */
  public long count() {
    return count;
  }

  /** The number of observations in each complete batch: 5, doubled at every merge. */
  public long batchSize() {
    return batchSize;
  }

  /** The number of complete batches; a partly filled last batch is not counted. */
  public int batches() {
    return complete;
  }

  /** The means of the complete batches, in order. */
  public double[] means() {
    double[] means = Arrays.copyOf(sums, complete);
    for (int i = 0; i < complete; i++) {
      means[i] /= batchSize;
    }
    return means;
  }

  /** The time of the first observation of complete batch {@code batch}. */
  public double startTime(int batch) {
    if (batch < 0 || batch >= complete) {
      throw new IndexOutOfBoundsException(
          "batch " + batch + " is not one of the " + complete + " complete batches");
    }
    return startTimes[batch];
  }

  /** Merges adjacent batches pairwise; the next batch then needs twice as many observations. */
  private void halve() {
    for (int i = 0; i < capacity / 2; i++) {
      sums[i] = sums[2 * i] + sums[2 * i + 1];
      startTimes[i] = startTimes[2 * i];
    }
    complete = capacity / 2;
    batchSize *= 2;
  }
}
