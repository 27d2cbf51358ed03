package kubeplan.bench;

import java.util.Locale;

/**
 * What the engine benchmark measured: events per second of the M/M/1 on the bare loop and on the
 * engine (one thread), the aggregate events per second of independent replications on one and on
 * two threads, the mean sojourn both loops computed, the heap a replication retains at its end
 * after a short run and after a run ten times longer, and the machine's cores and one-minute load
 * average at the end (a load above the cores means other work competed for them; negative where the
 * platform does not report it).
 */
public record BenchmarkResult(
    Speed bareLoop,
    Speed engine,
    Speed oneThread,
    Speed twoThreads,
    double meanSojourn,
    long shortRunHeapBytes,
    long longRunHeapBytes,
    int cores,
    double loadAverage) {

  /** The engine's speed as a fraction of the bare loop's by the wall clock (target: >= 0.75). */
  public double engineToBare() {
    return engine.wallClock().median() / bareLoop.wallClock().median();
  }

  /** Aggregate events per second on two threads over one by the wall clock (target: >= 1.8). */
  public double twoThreadScaling() {
    return twoThreads.wallClock().median() / oneThread.wallClock().median();
  }

  /** As {@link #engineToBare()}, by CPU time. */
  public double engineToBareCpu() {
    return engine.cpuTime().median() / bareLoop.cpuTime().median();
  }

  /** As {@link #twoThreadScaling()}, by CPU time: 2.0 when the threads never slow each other. */
  public double twoThreadScalingCpu() {
    return twoThreads.cpuTime().median() / oneThread.cpuTime().median();
  }

  /** A short table for the terminal. */
  public String table() {
    StringBuilder text = new StringBuilder();
    text.append(
        String.format(
            Locale.ROOT,
            "%-37s %33s   %33s%n",
            "M/M/1 events/s: median (range)",
            "by wall clock",
            "by CPU time"));
    row(text, "bare PriorityQueue loop", bareLoop);
    row(text, "engine", engine);
    row(text, "replications, 1 thread (aggregate)", oneThread);
    row(text, "replications, 2 threads (aggregate)", twoThreads);
    text.append(
        String.format(
            Locale.ROOT,
            "%-37s %33.2f   %33.2f%n",
            "engine / bare loop",
            engineToBare(),
            engineToBareCpu()));
    text.append(
        String.format(
            Locale.ROOT,
            "%-37s %33.2f   %33.2f%n",
            "2 threads / 1 thread",
            twoThreadScaling(),
            twoThreadScalingCpu()));
    text.append(
        String.format(
            Locale.ROOT,
            "mean sojourn: %.6f s (both loops)   heap retained at the end: %,d KiB (short run),"
                + " %,d KiB (10x longer)%n",
            meanSojourn,
            shortRunHeapBytes / 1024,
            longRunHeapBytes / 1024));
    text.append(
        String.format(
            Locale.ROOT, "machine: %d cores, load average %.1f at the end%n", cores, loadAverage));
    return text.toString();
  }

  private static void row(StringBuilder text, String name, Speed speed) {
    text.append(
        String.format(
            Locale.ROOT,
            "%-37s %33s   %33s%n",
            name,
            cell(speed.wallClock()),
            cell(speed.cpuTime())));
  }

  private static String cell(Throughput rate) {
    return String.format(Locale.ROOT, "%,.0f (%,.0f-%,.0f)", rate.median(), rate.min(), rate.max());
  }
}
