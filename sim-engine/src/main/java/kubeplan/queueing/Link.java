package kubeplan.queueing;

import java.util.function.Consumer;
import kubeplan.engine.Engine;
import kubeplan.stats.MeasurementWindow;

/**
 * A link with a bandwidth: each request's payload takes {@code size / bandwidth} seconds to send,
 * and payloads go out first come, first served. With a per-flow cap below the bandwidth, each
 * payload goes at the cap and {@code floor(bandwidth / cap)} of them share the link at once.
 */
public final class Link {
  /*
   * A link is a FCFS station whose service time is the transmission time. Without a cap one flow
   * uses the whole link (a single server at the full rate); a cap F < B models a datapath that
   * moves one flow at most at F, such as an encapsulating overlay, and lets B / F flows run side by
   * side so the link's total rate stays B. Propagation latency is a separate pure Delay.
   */
  private final Station station;

  private Link(Station station) {
    this.station = station;
  }

  /**
   * A link of {@code bytesPerSecond} whose payload sizes in bytes come from {@code size}.
   *
   * @param flowCapBytesPerSecond the fastest one payload goes, or {@code Double.POSITIVE_INFINITY}
   * @param hop the hop kind that transmission time (wait included) is counted in
   * @param next where each request goes once its payload is sent
   */
  public static Link of(
      Engine engine,
      String name,
      MeasurementWindow window,
      double bytesPerSecond,
      double flowCapBytesPerSecond,
      Sampler size,
      int hop,
      Consumer<Request> next) {
    if (!(bytesPerSecond > 0) || Double.isInfinite(bytesPerSecond)) {
      throw new IllegalArgumentException(
          "link " + name + ": bandwidth must be finite and > 0 B/s: " + bytesPerSecond);
    }
    if (!(flowCapBytesPerSecond > 0)) {
      throw new IllegalArgumentException(
          "link " + name + ": flow cap must be > 0 B/s: " + flowCapBytesPerSecond);
    }
    double flowRate = Math.min(bytesPerSecond, flowCapBytesPerSecond);
    int flows = (int) Math.max(1, Math.floor(bytesPerSecond / flowRate));
    Station station =
        Station.builder(engine, name, window)
            .workers(flows)
            .serviceTime(request -> size.next(request) / flowRate)
            .hop(hop)
            .whenServed(next)
            .build();
    return new Link(station);
  }

  /** A request's payload starts or joins the queue to be sent. */
  public void arrive(Request request) {
    station.arrive(request);
  }

  /** Payloads being sent or waiting. */
  public int inFlight() {
    return station.inFlight();
  }

  /** What the link did in the measurement window; utilisation is the share of capacity used. */
  public StationStatistics statistics(double now) {
    return station.statistics(now);
  }
}
