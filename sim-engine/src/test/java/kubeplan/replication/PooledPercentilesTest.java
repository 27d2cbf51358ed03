package kubeplan.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class PooledPercentilesTest {

  @Test
  void pooledPercentile_comesFromAllValues_itsHalfWidthFromThePerReplicationValues() {
    Histogram low = histogram(1, 1000);
    Histogram high = histogram(1001, 2000);
    PooledPercentiles pooled = PooledPercentiles.of(List.of(low, high));
    Estimate median = pooled.at(50, 0.95);
    assertEquals(1000.0, median.value());
    assertEquals(Estimate.around(1000, new double[] {500, 1500}, 0.95), median);
    assertEquals(2000, pooled.totalCount());
    assertEquals(1000, pooled.smallestReplicationCount());
    assertEquals(1000.5, pooled.mean(), 1e-9);
  }

  @Test
  void theInputs_areCopied_soRecordingMoreLaterChangesNothing() {
    Histogram one = histogram(1, 100);
    PooledPercentiles pooled = PooledPercentiles.of(List.of(one, histogram(1, 100)));
    one.recordValue(5000);
    assertEquals(100.0, pooled.at(100, 0.95).value());
  }

  @Test
  void aReplicationThatRecordedNothing_takesNoPartInTheSpread() {
    PooledPercentiles pooled =
        PooledPercentiles.of(List.of(histogram(1, 100), new Histogram(3), histogram(1, 100)));
    Estimate p99 = pooled.at(99, 0.95);
    assertEquals(2, p99.n());
    assertEquals(0.0, p99.halfWidth());
    assertEquals(0, pooled.smallestReplicationCount());
  }

  @Test
  void noValuesAtAll_isAnError_notAQuietNaN() {
    PooledPercentiles pooled = PooledPercentiles.of(List.of(new Histogram(3), new Histogram(3)));
    assertEquals(
        "no value was recorded in any of the 2 replications",
        assertThrows(IllegalStateException.class, () -> pooled.at(99, 0.95)).getMessage());
  }

  @Test
  void aPercentileOutsideZeroToHundred_isRefused() {
    PooledPercentiles pooled = PooledPercentiles.of(List.of(histogram(1, 10)));
    assertEquals(
        "percentile must lie in [0, 100]: 101.0",
        assertThrows(IllegalArgumentException.class, () -> pooled.at(101, 0.95)).getMessage());
  }

  private static Histogram histogram(int from, int to) {
    Histogram histogram = new Histogram(3);
    for (int v = from; v <= to; v++) {
      histogram.recordValue(v);
    }
    return histogram;
  }
}
