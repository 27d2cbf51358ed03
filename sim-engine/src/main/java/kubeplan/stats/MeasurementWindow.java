package kubeplan.stats;

/**
 * The part of a replication that statistics describe: requests that arrive in [{@code start},
 * {@code end}) are measured, and time-weighted statistics cover exactly this interval.
 *
 * @param start the end of the warm-up, in seconds of simulation time
 * @param end the end of the measurement window, in seconds of simulation time
 */
public record MeasurementWindow(double start, double end) {
  /**
   * @throws IllegalArgumentException unless {@code 0 <= start < end < infinity}
   */
  public MeasurementWindow {
    if (!(start >= 0) || !(end > start) || Double.isInfinite(end)) {
      throw new IllegalArgumentException(
          "a measurement window needs 0 <= start < end < infinity: [" + start + ", " + end + ") s");
    }
  }

  /** Whether something that happens at {@code time} lies in the window: start ≤ time < end. */
  public boolean contains(double time) {
    return time >= start && time < end;
  }

  /** The window's length in seconds. */
  public double length() {
    return end - start;
  }
}
