package kubeplan.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import kubeplan.stats.Tolerance;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {
  private static final long SEED = 20261127L;
  private static final int N = 100_000;

  /**
   * Under independence the sample correlation of n pairs has standard deviation about 1/sqrt(n).
   */
  private static final double MAX_CORRELATION = Tolerance.Z / Math.sqrt(N);

  @Test
  void stream_sameTriple_sameSequence() {
    assertArrayEquals(
        draw(new RandomStreams(SEED, 3).stream("arrivals"), 1000),
        draw(new RandomStreams(SEED, 3).stream("arrivals"), 1000));
  }

  @Test
  void stream_createdInAnotherOrderAndThread_sameSequence() throws Exception {
    RandomStreams streams = new RandomStreams(SEED, 0);
    double[] here = draw(streams.stream("service/foo"), 1000);
    double[] there =
        CompletableFuture.supplyAsync(
                () -> {
                  RandomStreams other = new RandomStreams(SEED, 0);
                  draw(other.stream("arrivals"), 10);
                  return draw(other.stream("service/foo"), 1000);
                })
            .get();
    assertArrayEquals(here, there);
  }

  @Test
  void stream_sameNameAskedTwice_startsAgainFromTheBeginning() {
    RandomStreams streams = new RandomStreams(SEED, 0);
    RandomStream first = streams.stream("arrivals");
    first.nextDouble();
    assertEquals(
        new RandomStreams(SEED, 0).stream("arrivals").nextDouble(),
        streams.stream("arrivals").nextDouble());
  }

  @Test
  void stream_differentName_uncorrelated() {
    assertUncorrelated(
        new RandomStreams(SEED, 0).stream("service/foo"),
        new RandomStreams(SEED, 0).stream("service/bar"));
  }

  @Test
  void stream_nextReplication_uncorrelated() {
    assertUncorrelated(
        new RandomStreams(SEED, 0).stream("arrivals"),
        new RandomStreams(SEED, 1).stream("arrivals"));
  }

  @Test
  void stream_nextScenarioSeed_uncorrelated() {
    assertUncorrelated(
        new RandomStreams(SEED, 0).stream("arrivals"),
        new RandomStreams(SEED + 1, 0).stream("arrivals"));
  }

  /** Seed + 1 with replication r must not collide with seed and replication r + 1. */
  @Test
  void stream_seedAndReplicationShiftedAgainstEachOther_uncorrelated() {
    assertUncorrelated(
        new RandomStreams(SEED + 1, 0).stream("arrivals"),
        new RandomStreams(SEED, 1).stream("arrivals"));
  }

  @Test
  void streams_negativeReplicationOrBlankName_refused() {
    assertThrows(IllegalArgumentException.class, () -> new RandomStreams(SEED, -1));
    assertThrows(IllegalArgumentException.class, () -> new RandomStreams(SEED, 0).stream(" "));
  }

  private static void assertUncorrelated(RandomStream a, RandomStream b) {
    double[] x = draw(a, N);
    double[] y = draw(b, N);
    double r = correlation(x, y);
    assertTrue(Math.abs(r) < MAX_CORRELATION, () -> "correlation " + r);
    double lagged = correlation(Arrays.copyOf(x, N - 1), Arrays.copyOfRange(y, 1, N));
    assertTrue(Math.abs(lagged) < MAX_CORRELATION, () -> "lag-1 correlation " + lagged);
  }

  private static double[] draw(RandomStream stream, int n) {
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = stream.nextDouble();
    }
    return values;
  }

  private static double correlation(double[] x, double[] y) {
    return new PearsonsCorrelation().correlation(x, y);
  }
}
