package kubeplan.queueing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import kubeplan.arrival.ArrivalProcess;
import kubeplan.engine.Engine;
import kubeplan.engine.Runner;
import kubeplan.random.Dimension;
import kubeplan.random.Distribution;
import kubeplan.random.Distributions;
import kubeplan.random.RandomStreams;
import kubeplan.stats.LatencyHistogram;
import kubeplan.stats.MeasurementWindow;

/**
 * A test model: one source feeding stations wired by a topology, measuring each request's response
 * time from creation to the exit, over a measurement window, and draining at the end.
 */
final class Network {
  /** What one replication measured. */
  record Outcome(
      LatencyHistogram response,
      List<StationStatistics> stations,
      long measured,
      long rejectedMeasured,
      double endTime) {

    StationStatistics station(int i) {
      return stations.get(i);
    }
  }

  /** Wires stations between the source and the exit; returns the entry. */
  interface Topology {
    Consumer<Request> build(Wiring wiring, Consumer<Request> exit);
  }

  /** What a topology builds with: the replication's engine, streams, window and rejection path. */
  static final class Wiring {
    final Engine engine;
    final RandomStreams streams;
    final MeasurementWindow window;
    final RequestLayout.Builder layout = RequestLayout.builder();
    private final List<Station> stations = new ArrayList<>();
    private final Consumer<Request> rejected;

    private Wiring(
        Engine engine,
        RandomStreams streams,
        MeasurementWindow window,
        Consumer<Request> rejected) {
      this.engine = engine;
      this.streams = streams;
      this.window = window;
      this.rejected = rejected;
    }

    /** A FCFS station whose service times come from {@code service} on its own stream. */
    Station station(
        String name, int workers, int queueLimit, String service, Consumer<Request> next) {
      Station.Builder builder =
          Station.builder(engine, name, window)
              .workers(workers)
              .serviceTime(Sampler.of(distribution(service), streams.stream("service." + name)))
              .whenServed(next)
              .whenRejected(rejected);
      if (queueLimit >= 0) {
        builder.queueLimit(queueLimit);
      }
      Station station = builder.build();
      stations.add(station);
      return station;
    }
  }

  private Network() {}

  static Distribution distribution(String text) {
    return Distributions.parse(text, Dimension.TIME, null);
  }

  /**
   * Runs one replication: arrivals from {@code arrivals} (stream "arrivals"), a warm-up of {@code
   * warmup} seconds, then a window of {@code window} seconds, until every request is done.
   */
  static Outcome run(
      long seed, ArrivalProcess arrivals, double warmup, double window, Topology topology) {
    double horizon = 100 * (warmup + window);
    LatencyHistogram response = new LatencyHistogram(horizon);
    long[] counts = new long[2];
    List<Station> stations = new ArrayList<>();
    double[] end = new double[1];
    Runner.run(
        "network-" + seed,
        horizon,
        engine -> {
          RandomStreams streams = new RandomStreams(seed, 0);
          MeasurementWindow measured = new MeasurementWindow(warmup, warmup + window);
          Drain drain = new Drain(engine, 1);
          Source[] source = new Source[1];
          Consumer<Request> exit =
              request -> {
                if (request.measured()) {
                  response.record(engine.now() - request.createdAt());
                  counts[0]++;
                }
                drain.left();
                source[0].finished(request);
              };
          Consumer<Request> rejected =
              request -> {
                if (request.measured()) {
                  counts[1]++;
                }
                drain.left();
                source[0].finished(request);
              };
          Wiring wiring = new Wiring(engine, streams, measured, rejected);
          Consumer<Request> entry = topology.build(wiring, exit);
          Requests requests = new Requests(wiring.layout.build(), measured);
          source[0] =
              Source.of(
                  arrivals,
                  engine,
                  streams.stream("arrivals"),
                  requests,
                  request -> {
                    drain.entered();
                    entry.accept(request);
                  },
                  () -> {
                    end[0] = engine.now();
                    drain.sourceExhausted();
                  });
          source[0].start();
          stations.addAll(wiring.stations);
        });
    List<StationStatistics> statistics = new ArrayList<>();
    for (Station station : stations) {
      statistics.add(station.statistics(end[0]));
    }
    return new Outcome(response, statistics, counts[0], counts[1], end[0]);
  }

  /** A single FCFS station with {@code workers} workers and an unbounded queue. */
  static Topology single(int workers, String service) {
    return bounded(workers, -1, service);
  }

  /** A single FCFS station with {@code workers} workers and {@code queueLimit} waiting places. */
  static Topology bounded(int workers, int queueLimit, String service) {
    return (wiring, exit) -> wiring.station("s0", workers, queueLimit, service, exit)::arrive;
  }

  /**
   * A single-worker station that holds its worker after its own work ({@code service}) until a
   * downstream call ({@code downstream}, a pure delay) has answered, like a thread-per-request
   * server.
   */
  static Topology holding(String service, String downstream) {
    return (wiring, exit) -> {
      int call = wiring.layout.hop("downstream");
      Station[] station = new Station[1];
      Delay delay =
          Delay.builder(wiring.engine)
              .hop(call, Sampler.of(distribution(downstream), wiring.streams.stream("downstream")))
              .to(
                  request -> {
                    station[0].release(request);
                    exit.accept(request);
                  });
      station[0] =
          Station.builder(wiring.engine, "s0", wiring.window)
              .serviceTime(Sampler.of(distribution(service), wiring.streams.stream("service.s0")))
              .holdUntilRelease()
              .whenServed(delay::arrive)
              .build();
      wiring.stations.add(station[0]);
      return station[0]::arrive;
    };
  }

  /** Single-worker stations in series, station i serving with {@code services[i]}. */
  static Topology tandem(String... services) {
    return (wiring, exit) -> {
      Station[] stations = new Station[services.length];
      for (int i = 0; i < services.length; i++) {
        int next = i + 1;
        stations[i] =
            wiring.station(
                "s" + i,
                1,
                -1,
                services[i],
                next < services.length ? request -> stations[next].arrive(request) : exit);
      }
      return stations[0]::arrive;
    };
  }

  /** Chooses a balancer for {@code targets} targets whose loads are the stations' in flight. */
  interface BalancerChoice {
    Balancer create(Wiring wiring, Station[] targets);
  }

  /** {@code k} single-worker stations behind a balancer, each serving with {@code service}. */
  static Topology split(int k, String service, BalancerChoice choice) {
    return (wiring, exit) -> {
      Station[] stations = new Station[k];
      for (int i = 0; i < k; i++) {
        stations[i] = wiring.station("s" + i, 1, -1, service, exit);
      }
      Balancer balancer = choice.create(wiring, stations);
      return request -> stations[balancer.choose(request)].arrive(request);
    };
  }
}
