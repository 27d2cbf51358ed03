package kubeplan.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class Mser5Test {
  private static final int BATCHES = 1000;

  /*
   * Removing batch d lowers MSER roughly while its bias b_d exceeds one standard deviation sigma
   * of a batch mean (MSER ~ (m sigma^2 + sum b^2) / m^2 for m kept batches), so for a transient
   * A exp(-i / tau) the truncation lands near tau ln(A / sigma). The bands below were measured over
   * 200 seeds: residual bias 0.42-1.86 sigma with a transient; at most 18 of 1000 batches (mean
   * 1) on a stationary series.
   */

  @Test
  void exponentialTransient_isCutWhereItsBiasHasFallenToTheNoiseLevel() {
    double amplitude = 10;
    double tau = 50;
    for (int seed = 1; seed <= 20; seed++) {
      Well19937c noise = new Well19937c(seed);
      double[] series = new double[BATCHES];
      for (int i = 0; i < BATCHES; i++) {
        series[i] = amplitude * Math.exp(-i / tau) + noise.nextGaussian();
      }
      int cut = Mser5.truncation(series);
      double residualBias = amplitude * Math.exp(-cut / tau);
      assertTrue(
          residualBias <= 2,
          "seed "
              + seed
              + ": cut at "
              + cut
              + " leaves bias "
              + residualBias
              + " sigma: the transient is not gone");
      assertTrue(
          residualBias >= 0.1, "seed " + seed + ": cut at " + cut + " discards steady-state data");
    }
  }

  @Test
  void stationarySeries_isBarelyTruncated() {
    for (int seed = 1; seed <= 20; seed++) {
      Well19937c noise = new Well19937c(seed);
      double[] series = new double[BATCHES];
      for (int i = 0; i < BATCHES; i++) {
        series[i] = 5 + noise.nextGaussian();
      }
      int cut = Mser5.truncation(series);
      assertTrue(cut <= BATCHES / 50, "seed " + seed + ": cut " + cut + " of " + BATCHES);
    }
  }

  @Test
  void oneOutlierAtTheStart_isTheOnlyBatchDiscarded() {
    double[] series = {100, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2};
    assertEquals(1, Mser5.truncation(series));
  }

  @Test
  void aSeriesThatNeverSettles_isCutAtHalfItsLength() {
    double[] trend = new double[101];
    for (int i = 0; i < trend.length; i++) {
      trend[i] = i;
    }
    assertEquals(50, Mser5.truncation(trend));
  }

  @Test
  void aLevelFarAboveTheSpread_keepsItsPrecision() {
    double[] series = {1e9 + 50, 1e9 + 1, 1e9 - 1, 1e9 + 1, 1e9 - 1, 1e9 + 1, 1e9 - 1};
    assertEquals(1, Mser5.truncation(series));
  }

  @Test
  void warmupEnd_isTheStartTimeOfTheFirstBatchKept() {
    BatchMeans series = new BatchMeans(20);
    double[] levels = {50, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2};
    for (int b = 0; b < levels.length; b++) {
      for (int i = 0; i < Mser5.BATCH_SIZE; i++) {
        series.add(100.0 * b + i, levels[b]);
      }
    }
    assertEquals(100.0, Mser5.warmupEnd(series));
  }

  @Test
  void warmupEnd_withoutACompleteBatch_isRefused() {
    BatchMeans series = new BatchMeans(20);
    series.add(0, 1);
    assertEquals(
        "MSER-5 needs at least one complete batch of 5 observations; the series has 1",
        assertThrows(IllegalStateException.class, () -> Mser5.warmupEnd(series)).getMessage());
  }
}
