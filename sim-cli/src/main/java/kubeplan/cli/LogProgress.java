package kubeplan.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Progress as occasional plain lines, for logs (CI, a file): one when the run starts, one each
 * further tenth of the replications but at most one every {@value #MIN_INTERVAL_SECONDS} s, and
 * one at the end; so a long run writes a dozen lines, never a flood.
 */
final class LogProgress implements ProgressDisplay {
  static final long MIN_INTERVAL_SECONDS = 10;
  private static final long MIN_INTERVAL_NANOS = Duration.ofSeconds(MIN_INTERVAL_SECONDS).toNanos();

  private final String task;
  private final PrintStream out;
  private final LongSupplier nanoClock;
  private final long startNanos;
  private long planned;
  private long completed;
  private long lastLineNanos;
  private long lastTenth;

  /**
   * @param task what is running, leading each line
   * @param out where the lines go
   * @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime})
   */
  LogProgress(String task, PrintStream out, LongSupplier nanoClock) {
    this.task = task;
    this.out = out;
    this.nanoClock = nanoClock;
    this.startNanos = nanoClock.getAsLong();
    this.lastLineNanos = startNanos;
  }

  @Override
  public synchronized void planned(long replications) {
    boolean first = planned == 0;
    planned += replications;
    if (first) {
      out.println(task + ": running " + planned + " replications");
      out.flush();
    }
  }

  @Override
  public synchronized void completed(long replications) {
    completed += replications;
    long now = nanoClock.getAsLong();
    long total = Math.max(planned, completed);
    long tenth = completed * 10 / total;
    if (completed == total || (tenth > lastTenth && now - lastLineNanos >= MIN_INTERVAL_NANOS)) {
      out.println(line(now));
      out.flush();
      lastTenth = tenth;
      lastLineNanos = now;
    }
  }

  @Override
  public void close() {}

  private String line(long now) {
    Duration elapsed = Duration.ofNanos(now - startNanos);
    StringBuilder line = new StringBuilder(task).append(": ");
    line.append(completed).append('/').append(planned).append(" replications (");
    line.append(completed * 100 / planned).append("%), ").append(format(elapsed));
    line.append(" elapsed");
    if (completed < planned) {
      Duration left = elapsed.multipliedBy(planned - completed).dividedBy(completed);
      line.append(", about ").append(format(left)).append(" left");
    }
    return line.toString();
  }

  /** {@code 45s}, {@code 3m 05s}, {@code 2h 10m}: as precise as a person reading a log needs. */
  static String format(Duration d) {
    long seconds = d.toSeconds();
    if (seconds < 60) {
      return seconds + "s";
    }
    if (seconds < 3600) {
      return String.format("%dm %02ds", seconds / 60, seconds % 60);
    }
    return String.format("%dh %02dm", seconds / 3600, seconds % 3600 / 60);
  }
}
