package kubeplan.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

  @Test
  void percentiles_areExactToThreeSignificantDigits() {
    LatencyHistogram histogram = new LatencyHistogram(3600);
    for (int i = 1; i <= 1000; i++) {
      histogram.record(i * 1e-3);
    }
    assertEquals(1000, histogram.count());
    assertEquals(0.500, histogram.percentile(50), 0.0005);
    assertEquals(0.990, histogram.percentile(99), 0.001);
    assertEquals(1.000, histogram.max(), 0.001);
  }

  @Test
  void mean_isTheExactMean_notTheBucketedOne() {
    LatencyHistogram histogram = new LatencyHistogram(10);
    histogram.record(1.0001234);
    histogram.record(2.0004321);
    assertEquals((1.0001234 + 2.0004321) / 2, histogram.mean(), 1e-15);
  }

  @Test
  void anEmptyHistogram_reportsZeros() {
    LatencyHistogram histogram = new LatencyHistogram(10);
    assertEquals(0, histogram.count());
    assertEquals(0, histogram.mean());
    assertEquals(0, histogram.percentile(99));
    assertEquals(0, histogram.max());
  }

  @Test
  void add_poolsTwoReplications_andReset_forgetsEverything() {
    LatencyHistogram first = new LatencyHistogram(10);
    LatencyHistogram second = new LatencyHistogram(10);
    first.record(1);
    second.record(3);
    second.record(5);
    first.add(second);
    assertEquals(3, first.count());
    assertEquals(3, first.mean(), 1e-12);
    assertEquals(5, first.max(), 0.005);
    first.reset();
    assertEquals(0, first.count());
    assertEquals(0, first.mean());
  }

  @Test
  void aLatencyOutsideTheRange_isRefusedInsteadOfResizing() {
    LatencyHistogram histogram = new LatencyHistogram(10);
    assertEquals(
        "latency 10.5 s is outside this histogram's range [0, 10.0] s",
        assertThrows(IllegalArgumentException.class, () -> histogram.record(10.5)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> histogram.record(-1e-9));
    assertThrows(
        IllegalArgumentException.class, () -> new LatencyHistogram(1).add(new LatencyHistogram(2)));
  }
}
