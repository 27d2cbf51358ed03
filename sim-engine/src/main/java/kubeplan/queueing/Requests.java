package kubeplan.queueing;

import kubeplan.stats.MeasurementWindow;

/**
 * Creates the requests of one replication: consecutive ids, arrays sized by the model's layout, and
 * whether each arrives inside the measurement window.
 */
public final class Requests {
  private final RequestLayout layout;
  private final MeasurementWindow window;
  private long nextId;

  public Requests(RequestLayout layout, MeasurementWindow window) {
    this.layout = layout;
    this.window = window;
  }

  /** A new request sent at {@code now} by an open source. */
  public Request create(double now) {
    return create(now, -1);
  }

  /** A new request sent at {@code now} by closed-workload user {@code client}. */
  public Request create(double now, int client) {
    return new Request(nextId++, now, window.contains(now), client, layout);
  }

  /** The number of requests created so far. */
  public long created() {
    return nextId;
  }

  public RequestLayout layout() {
    return layout;
  }

  public MeasurementWindow window() {
    return window;
  }
}
