package kubeplan.stats;

/** Counts the events that happen inside a measurement window, such as completions or rejections. */
public final class WindowCount {
  private final MeasurementWindow window;
  private long count;

  public WindowCount(MeasurementWindow window) {
    this.window = window;
  }

  /** Counts one event at time {@code now} if it lies in the window. */
  public void add(double now) {
    if (window.contains(now)) {
      count++;
    }
  }

  /** The events counted so far. */
  public long count() {
    return count;
  }

  /** Events per second of window: {@code count() / window length}. */
  public double ratePerSecond() {
    return count / window.length();
  }
}
