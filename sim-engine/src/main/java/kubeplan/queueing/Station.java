package kubeplan.queueing;

import java.util.ArrayDeque;
import java.util.function.Consumer;
import kubeplan.engine.Engine;
import kubeplan.stats.MeasurementWindow;
import kubeplan.stats.TimeWeightedAverage;
import kubeplan.stats.WindowCount;

/**
 * First come, first served: {@code c} identical workers and up to {@code queueLimit} waiting
 * places; an arrival that finds them all taken is rejected. A worker is freed when its service ends
 * or, for thread-per-request servers, only when the model {@linkplain #release releases} the
 * request after its downstream calls.
 */
public final class Station {
  /*
   * Workers are a count (busy), because in hold mode a worker stays taken after its service ends
   * while the request is elsewhere. The timers of services in progress are Service objects, one per
   * worker, each with its finish action bound once, so nothing is allocated per request.
   *
   * Statistics: per-request ones (wait, P(wait > 0)) count measured requests, those that arrived
   * in the measurement window; counters and time averages count what happens at this station
   * during the window.
   */
  private final Engine engine;
  private final String name;
  private final int workers;
  private final int queueLimit;
  private final Sampler serviceTime;
  private final boolean holdUntilRelease;
  private final int hop;
  private final Consumer<Request> served;
  private final Consumer<Request> rejected;
  private final ArrayDeque<Request> waiting = new ArrayDeque<>();
  private final Service[] idleServices;
  private int idleCount;
  private int busy;

  private final TimeWeightedAverage busyWorkers;
  private final TimeWeightedAverage queueLength;
  private final WindowCount arrivals;
  private final WindowCount completions;
  private final WindowCount rejections;
  private long measuredStarts;
  private long measuredWaited;
  private double measuredWaitSum;

  private Station(Builder b) {
    this.engine = b.engine;
    this.name = b.name;
    this.workers = b.workers;
    this.queueLimit = b.queueLimit;
    this.serviceTime = b.serviceTime;
    this.holdUntilRelease = b.holdUntilRelease;
    this.hop = b.hop;
    this.served = b.served;
    this.rejected = b.rejected;
    this.idleServices = new Service[workers];
    for (int i = 0; i < workers; i++) {
      idleServices[i] = new Service();
    }
    this.idleCount = workers;
    MeasurementWindow window = b.window;
    this.busyWorkers = new TimeWeightedAverage(window, 0);
    this.queueLength = new TimeWeightedAverage(window, 0);
    this.arrivals = new WindowCount(window);
    this.completions = new WindowCount(window);
    this.rejections = new WindowCount(window);
  }

  /**
   * Starts describing a station that measures over {@code window}.
   *
   * @param name for messages and reports, never used on the hot path
   */
  public static Builder builder(Engine engine, String name, MeasurementWindow window) {
    return new Builder(engine, name, window);
  }

  /** A request arrives: it is served now, waits, or is rejected when every place is taken. */
  public void arrive(Request request) {
    double now = engine.now();
    request.arrivedAtStation(now);
    arrivals.add(now);
    if (busy < workers) {
      start(request, now);
    } else if (waiting.size() < queueLimit) {
      waiting.add(request);
      queueLength.update(now, waiting.size());
    } else {
      rejections.add(now);
      rejected.accept(request);
    }
  }

  /**
   * Frees the worker that {@code request} holds since its service here ended, for a station built
   * with {@link Builder#holdUntilRelease()}; the next waiting request starts at once.
   *
   * @throws IllegalStateException if this station does not hold workers or the request holds none
   */
  public void release(Request request) {
    if (!holdUntilRelease) {
      throw new IllegalStateException(
          "station " + name + " frees its workers when service ends; nothing to release");
    }
    request.releaseWorker(name);
    freeWorker(engine.now());
  }

  /** Requests at the station: in service, waiting, or holding a worker. */
  public int inFlight() {
    return busy + waiting.size();
  }

  /** Busy workers now, including those held by requests after their service. */
  public int busyWorkers() {
    return busy;
  }

  /** Requests waiting for a worker now. */
  public int waiting() {
    return waiting.size();
  }

  public String name() {
    return name;
  }

  /** The number of workers, {@code c}. */
  public int workers() {
    return workers;
  }

  /** What the station did in the measurement window, as of {@code now} (its end, after a run). */
  public StationStatistics statistics(double now) {
    return new StationStatistics(
        busyWorkers.mean(now) / workers,
        queueLength.mean(now),
        measuredStarts == 0 ? 0 : measuredWaitSum / measuredStarts,
        measuredStarts == 0 ? 0 : (double) measuredWaited / measuredStarts,
        measuredStarts,
        arrivals.count(),
        completions.count(),
        completions.ratePerSecond(),
        rejections.count());
  }

  private void start(Request request, double now) {
    busy++;
    busyWorkers.update(now, busy);
    if (request.measured()) {
      double wait = now - request.stationArrivedAt();
      measuredStarts++;
      measuredWaitSum += wait;
      if (wait > 0) {
        measuredWaited++;
      }
    }
    idleServices[--idleCount].start(request, now);
  }

  private void freeWorker(double now) {
    Request next = waiting.poll();
    if (next != null) {
      queueLength.update(now, waiting.size());
      busy--;
      start(next, now);
    } else {
      busy--;
      busyWorkers.update(now, busy);
    }
  }

  /** One service in progress: a worker's timer, reused for every request it serves. */
  private final class Service {
    private final Runnable finish = this::finish;
    private Request current;

    void start(Request request, double now) {
      current = request;
      request.startedService(now);
      engine.schedule(serviceTime.next(request), finish);
    }

    private void finish() {
      Request done = current;
      current = null;
      idleServices[idleCount++] = this;
      double now = engine.now();
      completions.add(now);
      if (hop >= 0) {
        done.addHopTime(hop, now - done.stationArrivedAt());
      }
      if (holdUntilRelease) {
        done.holdWorker();
      } else {
        freeWorker(now);
      }
      served.accept(done);
    }
  }

  /** Describes a station; every setting but the service time has a default. */
  public static final class Builder {
    private final Engine engine;
    private final String name;
    private final MeasurementWindow window;
    private int workers = 1;
    private int queueLimit = Integer.MAX_VALUE;
    private Sampler serviceTime;
    private boolean holdUntilRelease;
    private int hop = -1;
    private Consumer<Request> served;
    private Consumer<Request> rejected;

    private Builder(Engine engine, String name, MeasurementWindow window) {
      this.engine = engine;
      this.name = name;
      this.window = window;
    }

    /** The number of identical workers, {@code c} (default 1). */
    public Builder workers(int count) {
      if (count < 1) {
        throw new IllegalArgumentException("station " + name + ": workers must be >= 1: " + count);
      }
      this.workers = count;
      return this;
    }

    /** Waiting places beyond the workers (default unbounded); 0 means no queue at all. */
    public Builder queueLimit(int places) {
      if (places < 0) {
        throw new IllegalArgumentException(
            "station " + name + ": queueLimit must be >= 0: " + places);
      }
      this.queueLimit = places;
      return this;
    }

    /** How long each request occupies a worker (required). */
    public Builder serviceTime(Sampler sampler) {
      this.serviceTime = sampler;
      return this;
    }

    /**
     * Keeps each worker after its service ends until the model calls {@link Station#release}, as a
     * thread-per-request server holds its thread while it waits for its downstream calls.
     */
    public Builder holdUntilRelease() {
      this.holdUntilRelease = true;
      return this;
    }

    /** Adds each request's time here, wait and service, to its hop kind {@code hop}. */
    public Builder hop(int hop) {
      if (hop < 0 || hop >= RequestLayout.MAX_HOPS) {
        throw new IllegalArgumentException("station " + name + ": no such hop kind: " + hop);
      }
      this.hop = hop;
      return this;
    }

    /** Where each request goes when its service ends (required). */
    public Builder whenServed(Consumer<Request> next) {
      this.served = next;
      return this;
    }

    /** Where a rejected request goes (required if the queue is bounded). */
    public Builder whenRejected(Consumer<Request> handler) {
      this.rejected = handler;
      return this;
    }

    public Station build() {
      if (serviceTime == null) {
        throw new IllegalStateException("station " + name + " needs a service time");
      }
      if (served == null) {
        throw new IllegalStateException("station " + name + " needs a whenServed destination");
      }
      if (rejected == null && queueLimit != Integer.MAX_VALUE) {
        throw new IllegalStateException(
            "station " + name + " has a bounded queue and needs a whenRejected handler");
      }
      return new Station(this);
    }
  }
}
