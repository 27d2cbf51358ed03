package kubeplan.replication;

/**
 * MSER-5, the warm-up rule of {@code warmup: auto}: in a replication's series of batch means,
 * discard the d leading batches that minimise the marginal standard error of what remains, with d
 * at most half the series.
 */
public final class Mser5 {
  /*
   * MSER(d) = sum_{i=d}^{n-1} (x_i - mean_d)^2 / (n - d)^2, with mean_d the mean of x_d..x_{n-1}:
   * the squared standard error of the truncated mean, without the constant factor. Deleting early
   * batches that sit far from the steady state lowers the numerator faster than the shrinking
   * n - d raises the quotient; once they are gone, deleting more only shrinks n - d. White (1997),
   * "An effective truncation heuristic for bias reduction in simulation output", Simulation
   * 69(6); MSER-5 applies it to means of batches of 5 observations (White, Cobb and Spratt 2000).
   * The search stops at n / 2, because the minimum is erratic when few batches remain; a minimum
   * at that cap means the run was too short to show its steady state.
   *
   * Suffix sums make the search O(n). The values are centred on the overall mean first, so the
   * sum-of-squares difference keeps its precision when the spread is small against the level.
   */

  /** The observations per batch in the initial series: MSER-<b>5</b>. */
  public static final int BATCH_SIZE = 5;

  private Mser5() {}

  /**
   * The number of leading batch means to discard, in {@code [0, batchMeans.length / 2]}; the
   * smallest such number when several minimise MSER.
   */
  public static int truncation(double[] batchMeans) {
    int n = batchMeans.length;
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(batchMeans[i])) {
        throw new IllegalArgumentException(
            "batch mean " + i + " must be a finite number: " + batchMeans[i]);
      }
    }
    if (n < 2) {
      return 0;
    }
    double centre = 0;
    for (double x : batchMeans) {
      centre += x / n;
    }
    double sum = 0;
    double sumOfSquares = 0;
    double[] mser = new double[n / 2 + 1];
    for (int d = n - 1; d >= 0; d--) {
      double x = batchMeans[d] - centre;
      sum += x;
      sumOfSquares += x * x;
      if (d <= n / 2) {
        int kept = n - d;
        mser[d] = Math.max(0, sumOfSquares - sum * sum / kept) / ((double) kept * kept);
      }
    }
    int best = 0;
    for (int d = 1; d < mser.length; d++) {
      if (mser[d] < mser[best]) {
        best = d;
      }
    }
    return best;
  }

  /**
   * The end of the warm-up that MSER-5 finds in {@code series}: the time of the first observation
   * of the first batch kept, or the series' first time when nothing is discarded.
   *
   * @throws IllegalStateException when the series has no complete batch
   */
  public static double warmupEnd(BatchMeans series) {
    if (series.batches() == 0) {
      throw new IllegalStateException(
          "MSER-5 needs at least one complete batch of "
              + series.batchSize()
              + " observations; the series has "
              + series.count());
    }
    return series.startTime(truncation(series.means()));
  }
}
