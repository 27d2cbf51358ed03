package kubeplan.queueing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import kubeplan.engine.Engine;
import kubeplan.engine.Runner;
import kubeplan.engine.SimulationException;
import kubeplan.stats.MeasurementWindow;
import org.junit.jupiter.api.Test;

class StationTest {
  private static final MeasurementWindow WINDOW = new MeasurementWindow(0, 4);
  private static final RequestLayout LAYOUT = layout();
  private static final int DEMAND = 0;

  private static RequestLayout layout() {
    RequestLayout.Builder builder = RequestLayout.builder();
    builder.attribute("demand");
    builder.hop("station");
    return builder.build();
  }

  /** After SimPy's test_resource_slots: nine requests at t = 0 through three workers. */
  @Test
  void threeWorkers_nineArrivalsAtZero_startInWavesOfThree_firstComeFirstServed() {
    List<Double> starts = new ArrayList<>();
    List<Long> order = new ArrayList<>();
    Runner.run(
        "slots",
        100,
        engine -> {
          Station station =
              Station.builder(engine, "slots", WINDOW)
                  .workers(3)
                  .serviceTime(Sampler.constant(1))
                  .whenServed(
                      request -> {
                        starts.add(request.serviceStartedAt());
                        order.add(request.id());
                      })
                  .build();
          arriveAtZero(engine, 9, station::arrive);
        });
    assertEquals(List.of(0.0, 0.0, 0.0, 1.0, 1.0, 1.0, 2.0, 2.0, 2.0), starts);
    assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L), order);
  }

  @Test
  void boundedQueue_rejectsArrivalsBeyondWorkersAndPlaces_asAnOutcome() {
    List<Long> served = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    Station[] station = new Station[1];
    Runner.run(
        "bounded",
        100,
        engine -> {
          station[0] =
              Station.builder(engine, "bounded", WINDOW)
                  .workers(2)
                  .queueLimit(1)
                  .serviceTime(Sampler.constant(1))
                  .whenServed(request -> served.add(request.id()))
                  .whenRejected(request -> rejected.add(request.id() + "@" + engine.now()))
                  .build();
          arriveAtZero(engine, 5, station[0]::arrive);
        });
    assertEquals(List.of(0L, 1L, 2L), served);
    assertEquals(List.of("3@0.0", "4@0.0"), rejected);
    StationStatistics statistics = station[0].statistics(4);
    assertEquals(5, statistics.arrivals());
    assertEquals(2, statistics.rejections());
    assertEquals(0.4, statistics.rejectionProbability(), 1e-12);
  }

  @Test
  void serviceTimeCarriedByTheRequest_isTheOneDrawnAtCreation() {
    List<Double> departures = new ArrayList<>();
    Runner.run(
        "carried",
        100,
        engine -> {
          Station station =
              Station.builder(engine, "carried", WINDOW)
                  .serviceTime(Sampler.carried(DEMAND))
                  .whenServed(request -> departures.add(engine.now()))
                  .build();
          Requests requests = new Requests(LAYOUT, WINDOW);
          engine.schedule(
              0,
              () -> {
                for (double demand : new double[] {0.5, 2, 0.25}) {
                  Request request = requests.create(engine.now());
                  request.setAttribute(DEMAND, demand);
                  station.arrive(request);
                }
              });
        });
    assertEquals(List.of(0.5, 2.5, 2.75), departures);
  }

  @Test
  void statistics_coverTheWindow_fromAKnownTrace() {
    Station[] station = new Station[1];
    Runner.run(
        "stats",
        100,
        engine -> {
          station[0] =
              Station.builder(engine, "stats", WINDOW)
                  .serviceTime(Sampler.constant(1))
                  .hop(0)
                  .whenServed(request -> {})
                  .build();
          arriveAtZero(engine, 2, station[0]::arrive);
        });
    // Busy over [0, 2) of the window [0, 4); one waits over [0, 1); waits 0 and 1.
    StationStatistics s = station[0].statistics(4);
    assertEquals(0.5, s.utilisation(), 1e-12);
    assertEquals(0.25, s.meanQueueLength(), 1e-12);
    assertEquals(0.5, s.meanWait(), 1e-12);
    assertEquals(0.5, s.waitProbability(), 1e-12);
    assertEquals(2, s.completions());
    assertEquals(0.5, s.throughputPerSecond(), 1e-12);
  }

  @Test
  void statistics_ignoreWhatHappensBeforeTheWindowAndAfterIt() {
    MeasurementWindow window = new MeasurementWindow(1, 3);
    Station[] station = new Station[1];
    Runner.run(
        "edges",
        100,
        engine -> {
          station[0] =
              Station.builder(engine, "edges", window)
                  .serviceTime(Sampler.constant(4))
                  .whenServed(request -> {})
                  .build();
          Requests requests = new Requests(LAYOUT, window);
          engine.schedule(0.5, () -> station[0].arrive(requests.create(engine.now())));
          engine.schedule(2, () -> station[0].arrive(requests.create(engine.now())));
        });
    // Busy all through [1, 3); the second request waits from 2 to 4.5 (wait 2.5, measured);
    // the first arrived before the window, so only the second's wait counts.
    StationStatistics s = station[0].statistics(10);
    assertEquals(1.0, s.utilisation(), 1e-12);
    assertEquals(0.5, s.meanQueueLength(), 1e-12);
    assertEquals(2.5, s.meanWait(), 1e-12);
    assertEquals(1, s.measuredStarts());
    assertEquals(1, s.arrivals());
    assertEquals(0, s.completions());
  }

  @Test
  void hopTime_isWaitPlusService() {
    List<Double> hops = new ArrayList<>();
    Runner.run(
        "hop",
        100,
        engine -> {
          Station station =
              Station.builder(engine, "hop", WINDOW)
                  .serviceTime(Sampler.constant(1))
                  .hop(0)
                  .whenServed(request -> hops.add(request.hopTime(0)))
                  .build();
          arriveAtZero(engine, 3, station::arrive);
        });
    assertEquals(List.of(1.0, 2.0, 3.0), hops);
  }

  /**
   * A thread-per-request server: the worker stays taken after its own work (1 s) until the model
   * releases it when a downstream call of 2 s has answered, so the next request starts at 3 s.
   */
  @Test
  void holdUntilRelease_keepsTheWorkerBusyUntilTheModelReleasesIt() {
    List<String> trace = new ArrayList<>();
    Station[] station = new Station[1];
    Runner.run(
        "hold",
        100,
        engine -> {
          Delay downstream =
              Delay.builder(engine)
                  .hop(0, Sampler.constant(2))
                  .to(
                      request -> {
                        trace.add("answered " + request.id() + "@" + engine.now());
                        station[0].release(request);
                      });
          station[0] =
              Station.builder(engine, "hold", WINDOW)
                  .serviceTime(Sampler.constant(1))
                  .holdUntilRelease()
                  .whenServed(
                      request -> {
                        trace.add("served " + request.id() + "@" + engine.now());
                        downstream.arrive(request);
                      })
                  .build();
          arriveAtZero(engine, 2, station[0]::arrive);
        });
    assertEquals(
        List.of("served 0@1.0", "answered 0@3.0", "served 1@4.0", "answered 1@6.0"), trace);
    assertEquals(1.0, station[0].statistics(4).utilisation(), 1e-12, "held time is busy time");
  }

  @Test
  void release_ofARequestThatHoldsNoWorker_isRefused() {
    SimulationException failure =
        assertThrows(
            SimulationException.class,
            () ->
                Runner.run(
                    "double-release",
                    100,
                    engine -> {
                      Station[] station = new Station[1];
                      station[0] =
                          Station.builder(engine, "api", WINDOW)
                              .serviceTime(Sampler.constant(1))
                              .holdUntilRelease()
                              .whenServed(
                                  request -> {
                                    station[0].release(request);
                                    station[0].release(request);
                                  })
                              .build();
                      arriveAtZero(engine, 1, station[0]::arrive);
                    }));
    assertTrue(
        failure.getCause().getMessage().contains("holds no worker to release at station api"),
        failure.getMessage());
  }

  @Test
  void release_atAStationThatFreesWorkersItself_isRefused() {
    SimulationException failure =
        assertThrows(
            SimulationException.class,
            () ->
                Runner.run(
                    "no-hold",
                    100,
                    engine -> {
                      Station[] station = new Station[1];
                      station[0] =
                          Station.builder(engine, "db", WINDOW)
                              .serviceTime(Sampler.constant(1))
                              .whenServed(request -> station[0].release(request))
                              .build();
                      arriveAtZero(engine, 1, station[0]::arrive);
                    }));
    assertTrue(
        failure.getCause().getMessage().contains("station db frees its workers"),
        failure.getMessage());
  }

  @Test
  void builder_refusesImpossibleSettings_namingTheStation() {
    Runner.run(
        "settings",
        1,
        engine -> {
          Station.Builder builder = Station.builder(engine, "web", WINDOW);
          assertEquals(
              "station web: workers must be >= 1: 0",
              assertThrows(IllegalArgumentException.class, () -> builder.workers(0)).getMessage());
          assertEquals(
              "station web: queueLimit must be >= 0: -1",
              assertThrows(IllegalArgumentException.class, () -> builder.queueLimit(-1))
                  .getMessage());
          builder.serviceTime(Sampler.constant(1)).whenServed(request -> {}).queueLimit(3);
          assertEquals(
              "station web has a bounded queue and needs a whenRejected handler",
              assertThrows(IllegalStateException.class, builder::build).getMessage());
        });
  }

  private static void arriveAtZero(Engine engine, int count, Consumer<Request> station) {
    Requests requests = new Requests(LAYOUT, WINDOW);
    engine.schedule(
        0,
        () -> {
          for (int i = 0; i < count; i++) {
            station.accept(requests.create(engine.now()));
          }
        });
  }
}
