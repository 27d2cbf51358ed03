package kubeplan.bench;

import java.util.Locale;

/**
 * What the engine benchmark measured: events per second of the M/M/1 on the bare loop and on the
 * engine (one thread), the aggregate events per second of independent replications on one and on
 * two threads, the mean sojourn both loops computed, and the heap a replication retains at its
 * end after a short run and after a run ten times longer.
 */
public record BenchmarkResult(Throughput bareLoop, Throughput engine, Throughput oneThread,
    Throughput twoThreads, double meanSojourn, long shortRunHeapBytes, long longRunHeapBytes) {

  /** The engine's speed as a fraction of the bare loop's (target: >= 0.75). */
  public double engineToBare() {
    return engine.median() / bareLoop.median();
  }

  /** Aggregate events per second on two threads over one (target: >= 1.8). */
  public double twoThreadScaling() {
    return twoThreads.median() / oneThread.median();
  }

  /** A short table for the terminal. */
  public String table() {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "%-34s %14s %25s%n", "M/M/1, events/s", "median",
        "range over rounds"));
    row(text, "bare PriorityQueue loop", bareLoop);
    row(text, "engine", engine);
    row(text, "replications, 1 thread (aggregate)", oneThread);
    row(text, "replications, 2 threads (aggregate)", twoThreads);
    text.append(String.format(Locale.ROOT, "engine / bare loop: %.2f   2 threads / 1 thread: %.2f%n",
        engineToBare(), twoThreadScaling()));
    text.append(String.format(Locale.ROOT,
        "mean sojourn: %.6f s (both loops)   heap retained at the end: %,d KiB (short run),"
            + " %,d KiB (10x longer)%n",
        meanSojourn, shortRunHeapBytes / 1024, longRunHeapBytes / 1024));
    return text.toString();
  }

  private static void row(StringBuilder text, String name, Throughput rate) {
    text.append(String.format(Locale.ROOT, "%-34s %,14.0f %,12.0f - %,12.0f%n", name,
        rate.median(), rate.min(), rate.max()));
  }
}
