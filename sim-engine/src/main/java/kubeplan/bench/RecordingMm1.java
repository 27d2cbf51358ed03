package kubeplan.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import kubeplan.engine.Runner;
import kubeplan.replication.BatchMeans;
import org.HdrHistogram.Histogram;

/**
 * The benchmark's M/M/1 with the statistics a real model keeps (a latency histogram and the MSER-5
 * batch-means series), which measures the heap still in use after a full GC when its last customer
 * leaves: the replication's retained memory, which must not grow with the run length.
 */
final class RecordingMm1 extends Mm1Loops.EngineMm1 {
  /** Latencies in nanoseconds from 1 µs to an hour with 3 significant digits, as in the docs. */
  private final Histogram latency = new Histogram(1_000, 3_600_000_000_000L, 3);

  private final BatchMeans series = new BatchMeans(1024);
  private final long customers;
  private long departed;
  private long retainedHeap;

  private RecordingMm1(long customers, double lambda, double mu, int seed) {
    super(customers, lambda, mu, seed);
    this.customers = customers;
  }

  /** Runs {@code customers} customers and returns the heap in use, in bytes, at the end. */
  static long retainedHeap(long customers, double lambda, double mu, int seed) {
    RecordingMm1 model = new RecordingMm1(customers, lambda, mu, seed);
    Runner.run("bench-heap-" + customers, Double.MAX_VALUE, model::start);
    return model.retainedHeap;
  }

  @Override
  void departed(double now, double sojourn) {
    super.departed(now, sojourn);
    latency.recordValue(Math.round(sojourn * 1e9));
    series.add(now - sojourn, sojourn);
    if (++departed == customers) {
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      memory.gc();
      retainedHeap = memory.getHeapMemoryUsage().getUsed();
    }
  }
}
