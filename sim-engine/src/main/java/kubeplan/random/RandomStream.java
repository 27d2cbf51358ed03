package kubeplan.random;

import nl.tudelft.simulation.jstats.streams.MersenneTwister;

/**
 * One independent sequence of uniform random numbers, for one named source of randomness in one
 * replication. Not thread-safe by design: each stream belongs to one replication, which runs in one
 * thread.
 */
public final class RandomStream {
  /*
   * DSOL's MersenneTwister (4.2.11) seeds from a long with the 1998 initialiser: mt[0] = (int) seed
   * & 0x7fffffff and mt[i] = 69069 * mt[i - 1]. Only the low 31 bits of the seed count (a seed of
   * zero there even falls back to the clock), so there are just 2^31 streams, and seeds s and
   * 69069^k * s give the same numbers shifted by k places. That flaw is why the authors replaced
   * the initialiser in 2002 [1].
   *
   * This class keeps DSOL's generator but runs two of them, seeded from two independent 31-bit
   * hashes of the 64-bit seed, and returns the XOR of their outputs. MT19937's recurrence and
   * tempering are linear over GF(2), so the XOR of two MT19937 sequences is itself the MT19937
   * sequence that starts from the XOR of the two states: the numbers have MT19937's full
   * properties, and the stream depends on all 64 bits of the seed through a 62-bit state choice, so
   * stream collisions and shifted copies become negligible (2^-62 per pair) instead of likely (a few
   * thousand streams already risk a shifted copy among 2^31 seeds).
   *
   * [1] M. Matsumoto, T. Nishimura, mt19937ar.c (2002), "initialization scheme ... improved";
   *     http://www.math.sci.hiroshima-u.ac.jp/m-mat/MT/MT2002/emt19937ar.html
   */
  private static final double HALF_ULP_52 = 0x1p-53;
  private static final double ULP_52 = 0x1p-52;

  private final MersenneTwister first;
  private final MersenneTwister second;
  private final long seed;

  /** A stream fully determined by {@code seed}; every one of its 64 bits changes the sequence. */
  public RandomStream(long seed) {
    this.seed = seed;
    this.first = new MersenneTwister(thirtyOneBits(mix(seed ^ 0x5851F42D4C957F2DL)));
    this.second = new MersenneTwister(thirtyOneBits(mix(seed ^ 0x14057B7EF767814FL)));
  }

  /** The seed this stream was created with. */
  public long seed() {
    return seed;
  }

  /**
   * A uniform number in the open interval (0, 1): one of the 2^52 midpoints {@code (k + 0.5) /
   * 2^52}, so never 0 or 1, and {@code -Math.log(u)} is finite (at most 36.7).
   */
  public double nextDouble() {
    return (nextLong() >>> 12) * ULP_52 + HALF_ULP_52;
  }

  /**
   * A uniform integer in {@code [0, bound)}, without modulo bias (Lemire's multiply-and-reject [1]).
   *
   * <p>[1] D. Lemire, Fast random integer generation in an interval, ACM TOMACS 29(1), 2019.
   *
   * @throws IllegalArgumentException if {@code bound} is not positive
   */
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive: " + bound);
    }
    long product = (nextInt() & 0xFFFFFFFFL) * bound;
    long low = product & 0xFFFFFFFFL;
    if (low < bound) {
      long threshold = (0x1_0000_0000L - bound) % bound;
      while (low < threshold) {
        product = (nextInt() & 0xFFFFFFFFL) * bound;
        low = product & 0xFFFFFFFFL;
      }
    }
    return (int) (product >>> 32);
  }

  /** 64 uniform random bits. */
  public long nextLong() {
    long high = nextInt();
    return (high << 32) | (nextInt() & 0xFFFFFFFFL);
  }

  private int nextInt() {
    return first.nextInt() ^ second.nextInt();
  }

  /** SplitMix64's finaliser (Steele, Lea, Flood 2014): a bijection that spreads every input bit. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A seed DSOL accepts and uses whole: in [1, 2^31 - 1], since it keeps 31 bits and needs > 0. */
  private static long thirtyOneBits(long hash) {
    return 1 + Long.remainderUnsigned(hash, 0x7FFF_FFFFL);
  }
}
