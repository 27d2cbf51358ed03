package kubeplan.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import kubeplan.stats.Tolerance;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;

class RandomStreamTest {
  private static final long SEED = 20261127L;

  @Test
  void stream_eachOfThe64SeedBits_changesTheSequence() {
    long first = new RandomStream(SEED).nextLong();
    for (int bit = 0; bit < 64; bit++) {
      long flipped = new RandomStream(SEED ^ (1L << bit)).nextLong();
      assertNotEquals(first, flipped, "seed bit " + bit + " did not matter");
    }
  }

  @Test
  void stream_sameSeed_sameSequence() {
    RandomStream a = new RandomStream(SEED);
    RandomStream b = new RandomStream(SEED);
    for (int i = 0; i < 10_000; i++) {
      assertEquals(a.nextLong(), b.nextLong());
    }
  }

  @Test
  void stream_zeroAndNegativeSeeds_areValid() {
    assertNotEquals(new RandomStream(0).nextLong(), new RandomStream(-1).nextLong());
  }

  /** Each uniform is a midpoint (k + 1/2) / 2^52: twice it times 2^52 is an odd integer. */
  @Test
  void nextDouble_isAMidpointOfThe2to52Grid_soNeverZeroOrOne() {
    RandomStream stream = new RandomStream(SEED);
    for (int i = 0; i < 100_000; i++) {
      double u = stream.nextDouble();
      assertTrue(u > 0 && u < 1, () -> "outside (0, 1): " + u);
      double twice = u * 0x1p53;
      assertEquals(1, (long) twice % 2, () -> u + " is not a grid midpoint");
      assertEquals(Math.rint(twice), twice, 0);
    }
  }

  /** The mean of n uniforms has standard deviation sqrt(1/12 / n); allow Tolerance.Z of them. */
  @Test
  void nextDouble_meanAndVariance_matchTheUniform() {
    int n = 400_000;
    RandomStream stream = new RandomStream(SEED);
    double sum = 0;
    double sumSquares = 0;
    for (int i = 0; i < n; i++) {
      double u = stream.nextDouble();
      sum += u;
      sumSquares += u * u;
    }
    double mean = sum / n;
    assertEquals(0.5, mean, Tolerance.Z * Math.sqrt(1.0 / 12 / n));
    // E[U^2] = 1/3, Var[U^2] = 1/5 - 1/9 = 4/45.
    assertEquals(1.0 / 3, sumSquares / n, Tolerance.Z * Math.sqrt(4.0 / 45 / n));
  }

  /** Counts of nextInt(10) pass a chi-square test at the level of a 4-sigma normal tail. */
  @Test
  void nextInt_counts_passChiSquare() {
    int bound = 10;
    int n = 200_000;
    long[] counts = new long[bound];
    RandomStream stream = new RandomStream(SEED);
    for (int i = 0; i < n; i++) {
      counts[stream.nextInt(bound)]++;
    }
    double expected = (double) n / bound;
    double chi2 =
        Arrays.stream(counts).mapToDouble(c -> (c - expected) * (c - expected)).sum() / expected;
    double upperTail4Sigma = 3.167e-5;
    double critical =
        new ChiSquaredDistribution(null, bound - 1)
            .inverseCumulativeProbability(1 - upperTail4Sigma);
    assertTrue(chi2 < critical, () -> "chi2 " + chi2 + " >= " + critical);
  }

  @Test
  void nextInt_largeAndUnitBounds_stayInRange() {
    RandomStream stream = new RandomStream(SEED);
    for (int i = 0; i < 10_000; i++) {
      assertEquals(0, stream.nextInt(1));
      int v = stream.nextInt(Integer.MAX_VALUE);
      assertTrue(v >= 0 && v < Integer.MAX_VALUE);
    }
  }

  @Test
  void nextInt_nonPositiveBound_refused() {
    RandomStream stream = new RandomStream(SEED);
    assertThrows(IllegalArgumentException.class, () -> stream.nextInt(0));
  }
}
