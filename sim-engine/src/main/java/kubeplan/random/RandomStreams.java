package kubeplan.random;

import java.nio.charset.StandardCharsets;

/**
 * The random streams of one replication: each name gets its own stream, seeded from (scenario seed,
 * replication, name) alone. Two model variants that ask for the same names therefore see the same
 * numbers (common random numbers), in any thread and any order of creation.
 */
public final class RandomStreams {
  /*
   * The stream seed is mix(mix(mix(scenarioSeed) + replication) + hash(name)), where mix is
   * SplitMix64's finaliser (a bijection of 64-bit words with full avalanche) and hash is 64-bit
   * FNV-1a over the name's UTF-8 bytes. Chaining the bijections keeps every input bit significant,
   * and the result seeds a RandomStream, which uses all 64 bits. There is no shared state.
   */
  private final long scenarioSeed;
  private final int replication;
  private final long replicationKey;

  /**
   * @param scenarioSeed the scenario's {@code seed}
   * @param replication 0-based replication number
   * @throws IllegalArgumentException if {@code replication} is negative
   */
  public RandomStreams(long scenarioSeed, int replication) {
    if (replication < 0) {
      throw new IllegalArgumentException("replication must be >= 0: " + replication);
    }
    this.scenarioSeed = scenarioSeed;
    this.replication = replication;
    this.replicationKey = mix(mix(scenarioSeed) + replication);
  }

  /** The scenario seed these streams derive from. */
  public long scenarioSeed() {
    return scenarioSeed;
  }

  /** The replication these streams belong to. */
  public int replication() {
    return replication;
  }

  /**
   * A new stream for {@code name}, starting at its beginning: every call with the same name returns
   * a fresh stream with the same sequence. Call it once per source when building a model, never per
   * event.
   *
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public RandomStream stream(String name) {
    if (name.isBlank()) {
      throw new IllegalArgumentException("a random stream needs a name");
    }
    return new RandomStream(mix(replicationKey + fnv1a64(name)));
  }

  /** SplitMix64's finaliser (Steele, Lea, Flood 2014): a bijection that spreads every input bit. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static long fnv1a64(String name) {
    long hash = 0xCBF29CE484222325L;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xFF;
      hash *= 0x100000001B3L;
    }
    return hash;
  }
}
