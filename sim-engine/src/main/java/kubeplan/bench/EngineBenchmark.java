package kubeplan.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.List;
import kubeplan.replication.Replications;

/**
 * Measures the engine against the fastest plain Java event loop and its scaling over threads, as
 * {@code kubeplan bench} reports: an M/M/1 queue on a bare {@code PriorityQueue} loop and on the
 * engine with the same random numbers, then independent replications on one and two threads, then
 * the heap a replication retains after a short and a ten times longer run.
 */
public final class EngineBenchmark {
  /*
   * As in JMH's samples: both loops return their mean sojourn, which is compared to the last bit
   * every round, so neither can be optimised away and both provably did the same work. Warm-up
   * rounds let the JIT compile both loops before timing; measured rounds alternate which loop goes
   * first, so a change in the machine's load affects both alike; medians resist the outliers of a
   * shared machine. Wall-clock times are System.nanoTime around whole runs of millions of events;
   * CPU times are each thread's own (ThreadMXBean), so on a machine busy with other work they
   * still show what the engine costs and whether two replication threads slow each other down.
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
    Rounds bare = new Rounds(settings.measuredRounds());
    Rounds engine = new Rounds(settings.measuredRounds());
    double meanSojourn = Double.NaN;
    for (int round = -settings.warmupRounds(); round < settings.measuredRounds(); round++) {
      boolean bareFirst = (round & 1) == 0;
      double first = timed(bareFirst, round < 0, settings, bareFirst ? bare : engine);
      double second = timed(!bareFirst, round < 0, settings, bareFirst ? engine : bare);
      if (first != second) {
        throw new IllegalStateException(
            "the engine and the bare loop disagree on the mean sojourn"
                + " with the same random numbers: "
                + first
                + " vs "
                + second);
      }
      meanSojourn = first;
    }
    Rounds oneThread = new Rounds(settings.measuredRounds());
    Rounds twoThreads = new Rounds(settings.measuredRounds());
    for (int round = -settings.warmupRounds(); round < settings.measuredRounds(); round++) {
      replications(1, round < 0, settings, oneThread);
      replications(2, round < 0, settings, twoThreads);
    }
    long shortRun = RecordingMm1.retainedHeap(customers / 10, lambda, mu, SEED);
    long longRun = RecordingMm1.retainedHeap(customers, lambda, mu, SEED);
    OperatingSystemMXBean system = ManagementFactory.getOperatingSystemMXBean();
    return new BenchmarkResult(
        bare.speed(),
        engine.speed(),
        oneThread.speed(),
        twoThreads.speed(),
        meanSojourn,
        shortRun,
        longRun,
        system.getAvailableProcessors(),
        system.getSystemLoadAverage());
  }

  /** Runs the M/M/1 once on the bare loop or the engine and returns its mean sojourn. */
  private static double timed(
      boolean bareLoop, boolean warmup, BenchmarkSettings settings, Rounds rounds) {
    long wall = System.nanoTime();
    long cpu = Rounds.cpuNanos();
    Mm1Loops.Run run =
        bareLoop
            ? Mm1Loops.bareLoop(settings.customers(), settings.lambda(), settings.mu(), SEED)
            : Mm1Loops.engine(settings.customers(), settings.lambda(), settings.mu(), SEED);
    rounds.record(warmup, run.events(), System.nanoTime() - wall, Rounds.cpuNanos() - cpu);
    return run.meanSojourn();
  }

  /** Runs {@link #REPLICATIONS} independent replications on {@code threads} threads. */
  private static void replications(
      int threads, boolean warmup, BenchmarkSettings settings, Rounds rounds) {
    long wall = System.nanoTime();
    List<Cost> costs =
        Replications.run(
            REPLICATIONS,
            threads,
            replication -> {
              long cpu = Rounds.cpuNanos();
              long events =
                  Mm1Loops.engine(
                          settings.customers(),
                          settings.lambda(),
                          settings.mu(),
                          SEED + 1 + replication)
                      .events();
              return new Cost(events, Rounds.cpuNanos() - cpu);
            });
    long elapsed = System.nanoTime() - wall;
    long events = costs.stream().mapToLong(Cost::events).sum();
    long cpu = costs.stream().mapToLong(Cost::cpuNanos).sum();
    rounds.record(warmup, events, elapsed, (double) cpu / threads);
  }

  /** What one replication did and the CPU time its thread spent on it. */
  private record Cost(long events, long cpuNanos) {}
}
