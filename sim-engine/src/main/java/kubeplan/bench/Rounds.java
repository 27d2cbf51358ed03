package kubeplan.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** Collects the events per second of each measured round of one contestant. */
final class Rounds {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final double[] wallClock;
  private final double[] cpuTime;
  private int recorded;

  Rounds(int measured) {
    wallClock = new double[measured];
    cpuTime = new double[measured];
  }

  /** The CPU time of the calling thread in nanoseconds. */
  static long cpuNanos() {
    return THREADS.getCurrentThreadCpuTime();
  }

  /**
   * Records a round of {@code events} events that took {@code wallNanos} and, on each of {@code
   * threads} threads on average, {@code cpuNanosPerThread}; warm-up rounds are not recorded.
   */
  void record(boolean warmup, long events, long wallNanos, double cpuNanosPerThread) {
    if (!warmup) {
      wallClock[recorded] = events / (wallNanos * 1e-9);
      cpuTime[recorded] = events / (cpuNanosPerThread * 1e-9);
      recorded++;
    }
  }

  Speed speed() {
    return new Speed(Throughput.of(wallClock), Throughput.of(cpuTime));
  }
}
