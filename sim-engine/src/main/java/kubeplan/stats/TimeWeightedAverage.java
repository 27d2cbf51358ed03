package kubeplan.stats;

/**
 * The time average of a piecewise-constant quantity, such as busy servers or queue length, over a
 * measurement window. Changes before the window or after its end do not count, so one instance can
 * follow the quantity for the whole replication without events at the window's edges.
 */
public final class TimeWeightedAverage {
  /*
   * Each update closes the segment [last update, now] at the old value, clipped to the window:
   * the area is the integral of the quantity over the part of the window already simulated.
   * Two comparisons and a multiply per update; nothing allocates.
   */
  private final double start;
  private final double end;
  private double lastTime;
  private double value;
  private double area;

  /** Follows a quantity that is {@code initialValue} at time 0. */
  public TimeWeightedAverage(MeasurementWindow window, double initialValue) {
    this.start = window.start();
    this.end = window.end();
    this.value = initialValue;
  }

  /** Records that the quantity changes to {@code newValue} at time {@code now}. */
  public void update(double now, double newValue) {
    accumulate(now);
    value = newValue;
  }

  /** The quantity's current value. */
  public double value() {
    return value;
  }

  /**
   * The time average over the window's part up to {@code now} (the whole window once {@code now}
   * has reached its end); 0 before the window starts.
   */
  public double mean(double now) {
    double to = Math.min(now, end);
    if (!(to > start)) {
      return 0;
    }
    double from = Math.max(lastTime, start);
    double pending = to > from ? value * (to - from) : 0;
    return (area + pending) / (to - start);
  }

  private void accumulate(double now) {
    double from = Math.max(lastTime, start);
    double to = Math.min(now, end);
    if (to > from) {
      area += value * (to - from);
    }
    lastTime = now;
  }
}
