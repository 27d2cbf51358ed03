package kubeplan.queueing;

import java.util.function.Consumer;
import kubeplan.engine.Engine;

/**
 * One request travelling through a model: its id, when its client sent it, the attributes drawn
 * when it was created, and the time it has spent in each hop so far. Blocks update it as it moves;
 * its arrays are sized once from the model's {@link RequestLayout}.
 */
public final class Request {
  /*
   * Per-hop accounting: hopTimes[h] sums the seconds spent in hop kind h (a station's wait and
   * service, a delay's share), and bit h of hopsVisited says the request went through h at all,
   * even in zero time. Together with createdAt they give end-to-end and per-hop latencies exactly,
   * with array indexing only. A request is in at most one delay at a time; while it is, `resume`
   * holds where it goes next and `wake`, bound once on its first delay, is what the engine runs.
   */
  private static final int[] NO_INTS = {};
  private static final double[] NO_DOUBLES = {};

  private final long id;
  private final double createdAt;
  private final boolean measured;
  private final int client;
  private final int[] intAttributes;
  private final double[] attributes;
  private final double[] hopTimes;
  private long hopsVisited;
  private double stationArrivedAt;
  private double serviceStartedAt;
  private int workersHeld;
  private Consumer<Request> resume;
  private Runnable wake;

  Request(long id, double createdAt, boolean measured, int client, RequestLayout layout) {
    this.id = id;
    this.createdAt = createdAt;
    this.measured = measured;
    this.client = client;
    this.intAttributes = layout.intAttributes() == 0 ? NO_INTS : new int[layout.intAttributes()];
    this.attributes = layout.attributes() == 0 ? NO_DOUBLES : new double[layout.attributes()];
    this.hopTimes = layout.hops() == 0 ? NO_DOUBLES : new double[layout.hops()];
  }

  /** A number unique among the requests of one replication, in order of creation from 0. */
  public long id() {
    return id;
  }

  /** When the client sent the request: the start of its end-to-end latency. */
  public double createdAt() {
    return createdAt;
  }

  /** Whether it arrived inside the measurement window, so its latencies count. */
  public boolean measured() {
    return measured;
  }

  /** The closed-workload user that sent it, from 0; -1 for requests from open sources. */
  public int client() {
    return client;
  }

  /** The int attribute registered as {@code index} (a route, a target, a key). */
  public int intAttribute(int index) {
    return intAttributes[index];
  }

  /** Sets the int attribute registered as {@code index}; models do this when they create it. */
  public void setIntAttribute(int index, int value) {
    intAttributes[index] = value;
  }

  /** The number attribute registered as {@code index} (a size, a service demand in seconds). */
  public double attribute(int index) {
    return attributes[index];
  }

  /** Sets the number attribute registered as {@code index}; models do this when they create it. */
  public void setAttribute(int index, double value) {
    attributes[index] = value;
  }

  /** The seconds spent so far in hop kind {@code hop}, summed over its traversals. */
  public double hopTime(int hop) {
    return hopTimes[hop];
  }

  /** Whether the request went through hop kind {@code hop}, even in zero time. */
  public boolean visited(int hop) {
    return (hopsVisited & (1L << hop)) != 0;
  }

  /** The hop kinds visited, as a bit set: bit {@code h} for hop {@code h}. */
  public long hopsVisited() {
    return hopsVisited;
  }

  /** Adds {@code seconds} spent in hop kind {@code hop} and marks it visited. */
  public void addHopTime(int hop, double seconds) {
    hopTimes[hop] += seconds;
    hopsVisited |= 1L << hop;
  }

  /** When the request arrived at the station it is at or last left. */
  public double stationArrivedAt() {
    return stationArrivedAt;
  }

  /** When its service started at the station it is at or last left. */
  public double serviceStartedAt() {
    return serviceStartedAt;
  }

  void arrivedAtStation(double now) {
    stationArrivedAt = now;
  }

  void startedService(double now) {
    serviceStartedAt = now;
  }

  void holdWorker() {
    workersHeld++;
  }

  void releaseWorker(String station) {
    if (workersHeld == 0) {
      throw new IllegalStateException(
          "request " + id + " holds no worker to release at station " + station);
    }
    workersHeld--;
  }

  /** Hands the request to {@code next} after {@code delay} seconds, scheduling one event. */
  public void continueAfter(Engine engine, double delay, Consumer<Request> next) {
    if (resume != null) {
      throw new IllegalStateException("request " + id + " is already on its way through a delay");
    }
    resume = next;
    if (wake == null) {
      wake = this::wake;
    }
    engine.schedule(delay, wake);
  }

  private void wake() {
    Consumer<Request> next = resume;
    resume = null;
    next.accept(this);
  }
}
