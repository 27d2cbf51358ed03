package kubeplan.bench;

/**
 * The arrival times of the customers in a FIFO system, oldest first: a ring buffer of primitive
 * doubles that grows only with the largest number ever present, never with simulated time.
 */
final class ArrivalTimes {
  private double[] times = new double[64];
  private int head;
  private int size;

  void add(double time) {
    if (size == times.length) {
      double[] grown = new double[times.length * 2];
      int tail = times.length - head;
      System.arraycopy(times, head, grown, 0, tail);
      System.arraycopy(times, 0, grown, tail, head);
      times = grown;
      head = 0;
    }
    times[(head + size++) & (times.length - 1)] = time;
  }

  /** Removes and returns the oldest arrival time. */
  double remove() {
    if (size == 0) {
      throw new IllegalStateException("no customer in the system");
    }
    double time = times[head];
    head = (head + 1) & (times.length - 1);
    size--;
    return time;
  }

  int size() {
    return size;
  }
}
