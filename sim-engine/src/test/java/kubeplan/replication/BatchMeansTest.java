package kubeplan.replication;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BatchMeansTest {

  @Test
  void observations_formBatchesOfFive_andAPartialBatchIsNotCounted() {
    BatchMeans series = new BatchMeans(20);
    for (int i = 1; i <= 12; i++) {
      series.add(10.0 * i, i);
    }
    assertEquals(12, series.count());
    assertEquals(5, series.batchSize());
    assertEquals(2, series.batches());
    assertArrayEquals(new double[] {3, 8}, series.means());
    assertEquals(10.0, series.startTime(0));
    assertEquals(60.0, series.startTime(1));
  }

  @Test
  void aFullSeries_mergesAdjacentBatches_intoHalfAsManyOfTwiceTheSize() {
    BatchMeans series = new BatchMeans(20);
    for (int i = 0; i < 100; i++) {
      series.add(i, i);
    }
    assertEquals(10, series.batches());
    assertEquals(10, series.batchSize());
    assertEquals(4.5, series.means()[0]);
    assertEquals(94.5, series.means()[9]);
    assertEquals(90.0, series.startTime(9));
  }

  @Test
  void aMillionObservations_stayWithinTheCapacity_andKeepEveryCompleteBatchsMean() {
    BatchMeans series = new BatchMeans(20);
    int observations = 1_000_000;
    for (int i = 0; i < observations; i++) {
      series.add(i, i % 7);
    }
    assertTrue(series.batches() < 20, "batches: " + series.batches());
    long size = series.batchSize();
    assertEquals(Long.bitCount(size / 5), 1, "5 * 2^k observations per batch: " + size);
    assertTrue(
        series.batches() * size > observations - 2 * size,
        "only the batch being filled is missing: " + series.batches() + " x " + size);
    double[] means = series.means();
    for (int b = 0; b < means.length; b++) {
      double expected = 0;
      for (long i = b * size; i < (b + 1) * size; i++) {
        expected += i % 7;
      }
      assertEquals(expected / size, means[b], 1e-12, "batch " + b);
      assertEquals((double) b * size, series.startTime(b));
    }
  }

  @Test
  void anOddOrTinyCapacity_isRefused() {
    assertEquals(
        "batch-means capacity must be an even number >= 20: 21",
        assertThrows(IllegalArgumentException.class, () -> new BatchMeans(21)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new BatchMeans(10));
  }

  @Test
  void startTime_ofABatchNotYetComplete_isRefused() {
    BatchMeans series = new BatchMeans(20);
    series.add(0, 1);
    assertThrows(IndexOutOfBoundsException.class, () -> series.startTime(0));
  }
}
