package kubeplan.bench;

/**
 * What the engine benchmark runs: an M/M/1 queue with arrival rate {@code lambda} and service rate
 * {@code mu} per second for {@code customers} customers, {@code warmupRounds} unmeasured rounds for
 * the JIT, then {@code measuredRounds} timed rounds whose median is reported.
 */
public record BenchmarkSettings(
    long customers, double lambda, double mu, int warmupRounds, int measuredRounds) {

  public BenchmarkSettings {
    if (customers < 10) {
      throw new IllegalArgumentException("customers must be >= 10: " + customers);
    }
    if (!(lambda > 0 && lambda < mu) || Double.isInfinite(mu)) {
      throw new IllegalArgumentException(
          "the queue must be stable, 0 < lambda < mu < Infinity: lambda=" + lambda + ", mu=" + mu);
    }
    if (warmupRounds < 0) {
      throw new IllegalArgumentException("warmupRounds must be >= 0: " + warmupRounds);
    }
    if (measuredRounds < 1) {
      throw new IllegalArgumentException("measuredRounds must be >= 1: " + measuredRounds);
    }
  }

  /** The benchmark: lambda 0.9, mu 1, 2 M customers, 3 warm-up and 7 measured rounds. */
  public static BenchmarkSettings standard() {
    return new BenchmarkSettings(2_000_000, 0.9, 1.0, 3, 7);
  }
}
