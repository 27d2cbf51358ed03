package kubeplan.bench;

import java.util.List;
import kubeplan.replication.Replications;

/**
 * Measures the engine against the fastest plain Java event loop and its scaling over threads, as
 * {@code kubeplan bench} reports: an M/M/1 queue on a bare {@code PriorityQueue} loop and on the
 * engine with the same random numbers, then independent replications on one and two threads,
 * then the heap a replication retains after a short and a ten times longer run.
 */
public final class EngineBenchmark {
  /*
   * As in JMH's samples: both loops return their mean sojourn, which is compared to the last bit
   * every round, so neither can be optimised away and both provably did the same work. Warm-up
   * rounds let the JIT compile both loops before timing; measured rounds alternate which loop goes
   * first, so a change in the machine's load affects both alike; medians resist the outliers of a
   * shared machine. Wall-clock times are System.nanoTime around whole runs of millions of events.
   */
  private static final int SEED = 42;
  private static final int REPLICATIONS = 2;

  private EngineBenchmark() {}

  /** Runs the standard benchmark and prints its table. */
  public static void main(String[] args) {
    System.out.print(run(BenchmarkSettings.standard()).table());
  }

  /**
   * Runs the benchmark.
   *
   * @throws IllegalStateException if the engine and the bare loop ever disagree
   */
  public static BenchmarkResult run(BenchmarkSettings settings) {
    long customers = settings.customers();
    double lambda = settings.lambda();
    double mu = settings.mu();
    int rounds = settings.measuredRounds();
    double[] bare = new double[rounds];
    double[] engine = new double[rounds];
    double meanSojourn = Double.NaN;
    for (int round = -settings.warmupRounds(); round < rounds; round++) {
      boolean bareFirst = (round & 1) == 0;
      long start = System.nanoTime();
      Mm1Loops.Run first = bareFirst ? Mm1Loops.bareLoop(customers, lambda, mu, SEED)
          : Mm1Loops.engine(customers, lambda, mu, SEED);
      long middle = System.nanoTime();
      Mm1Loops.Run second = bareFirst ? Mm1Loops.engine(customers, lambda, mu, SEED)
          : Mm1Loops.bareLoop(customers, lambda, mu, SEED);
      long end = System.nanoTime();
      if (first.meanSojourn() != second.meanSojourn()) {
        throw new IllegalStateException("the engine and the bare loop disagree on the mean sojourn"
            + " with the same random numbers: " + first.meanSojourn() + " vs "
            + second.meanSojourn());
      }
      meanSojourn = first.meanSojourn();
      if (round >= 0) {
        double firstRate = first.events() / ((middle - start) * 1e-9);
        double secondRate = second.events() / ((end - middle) * 1e-9);
        bare[round] = bareFirst ? firstRate : secondRate;
        engine[round] = bareFirst ? secondRate : firstRate;
      }
    }
    double[] oneThread = new double[rounds];
    double[] twoThreads = new double[rounds];
    for (int round = -settings.warmupRounds(); round < rounds; round++) {
      double one = aggregateRate(1, settings);
      double two = aggregateRate(2, settings);
      if (round >= 0) {
        oneThread[round] = one;
        twoThreads[round] = two;
      }
    }
    long shortRun = RecordingMm1.retainedHeap(customers / 10, lambda, mu, SEED);
    long longRun = RecordingMm1.retainedHeap(customers, lambda, mu, SEED);
    return new BenchmarkResult(Throughput.of(bare), Throughput.of(engine),
        Throughput.of(oneThread), Throughput.of(twoThreads), meanSojourn, shortRun, longRun);
  }

  /** Events per second of {@link #REPLICATIONS} independent replications on {@code threads}. */
  private static double aggregateRate(int threads, BenchmarkSettings settings) {
    long start = System.nanoTime();
    List<Long> events = Replications.run(REPLICATIONS, threads,
        replication -> Mm1Loops.engine(settings.customers(), settings.lambda(), settings.mu(),
            SEED + 1 + replication).events());
    long end = System.nanoTime();
    return events.stream().mapToLong(Long::longValue).sum() / ((end - start) * 1e-9);
  }
}
