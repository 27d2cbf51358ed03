package kubeplan.queueing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import kubeplan.engine.Engine;
import kubeplan.engine.Runner;
import kubeplan.random.Distribution;
import kubeplan.random.RandomStream;
import kubeplan.random.RandomStreams;
import kubeplan.stats.MeasurementWindow;
import org.junit.jupiter.api.Test;

class DelayTest {
  private static final MeasurementWindow WINDOW = new MeasurementWindow(0, 1000);
  private static final String[] HOP_TIMES = {
    "exponential(mean=1s)", "constant(0s)", "lognormal(mean=2s, cv=1.5)", "exponential(mean=3s)"
  };

  /** Where and when each request left the chain, with its per-hop times. */
  private record Exit(long id, double time, List<Double> hopTimes) {}

  @Test
  void mergedDelays_giveExactlyTheSamePerHopTimesAsSeparateOnes() {
    List<Exit> separate = runChain(false);
    List<Exit> merged = runChain(true);
    assertEquals(200, merged.size());
    for (int i = 0; i < merged.size(); i++) {
      Exit a = separate.get(i);
      Exit b = merged.get(i);
      assertEquals(a.id(), b.id());
      assertEquals(a.hopTimes(), b.hopTimes(), "per-hop times of request " + a.id());
      assertEquals(a.time(), b.time(), 1e-9 * a.time(), "exit time of request " + a.id());
    }
  }

  @Test
  void consecutiveHops_costOneEvent_andZeroHopsCostNone() {
    long[] events = new long[3];
    Runner.run(
        "events",
        100,
        engine -> {
          Delay zero =
              Delay.builder(engine)
                  .hop(0, Sampler.constant(0))
                  .hop(1, Sampler.constant(0))
                  .to(request -> events[1] = engine.executedEvents());
          Delay three =
              Delay.builder(engine)
                  .hop(0, Sampler.constant(1))
                  .hop(1, Sampler.constant(0))
                  .hop(2, Sampler.constant(2))
                  .to(request -> events[2] = engine.executedEvents());
          Requests requests = new Requests(layout(3), WINDOW);
          engine.schedule(
              1,
              () -> {
                events[0] = engine.executedEvents();
                zero.arrive(requests.create(engine.now()));
                three.arrive(requests.create(engine.now()));
              });
        });
    assertEquals(events[0], events[1], "a zero delay passes the request on in the same event");
    assertEquals(events[0] + 1, events[2], "three hops in a row take a single event");
  }

  @Test
  void aZeroHop_isStillVisited_andOnlyVisitedHopsAreMarked() {
    Request[] out = new Request[1];
    Runner.run(
        "visited",
        100,
        engine -> {
          Delay delay =
              Delay.builder(engine)
                  .hop(0, Sampler.constant(0.5))
                  .hop(2, Sampler.constant(0))
                  .to(request -> out[0] = request);
          Requests requests = new Requests(layout(3), WINDOW);
          engine.schedule(0, () -> delay.arrive(requests.create(engine.now())));
        });
    assertTrue(out[0].visited(0));
    assertFalse(out[0].visited(1));
    assertTrue(out[0].visited(2));
    assertEquals(0b101L, out[0].hopsVisited());
    assertEquals(0.5, out[0].hopTime(0));
  }

  @Test
  void requestsInADelay_doNotQueue_eachLeavesAfterItsOwnTime() {
    List<Double> exits = new ArrayList<>();
    Runner.run(
        "infinite-servers",
        100,
        engine -> {
          RequestLayout.Builder builder = RequestLayout.builder();
          int time = builder.attribute("time");
          builder.hop("d");
          RequestLayout layout = builder.build();
          Delay delay =
              Delay.builder(engine)
                  .hop(0, Sampler.carried(time))
                  .to(request -> exits.add(engine.now()));
          Requests requests = new Requests(layout, WINDOW);
          engine.schedule(
              0,
              () -> {
                for (double t : new double[] {3, 1, 2}) {
                  Request request = requests.create(engine.now());
                  request.setAttribute(time, t);
                  delay.arrive(request);
                }
              });
        });
    assertEquals(List.of(1.0, 2.0, 3.0), exits);
  }

  /**
   * 200 requests through four hops, as one merged delay or as four delays in a row; each request
   * draws its four hop times when it is created, from one stream per hop.
   */
  private static List<Exit> runChain(boolean merged) {
    List<Exit> exits = new ArrayList<>();
    Runner.run(
        "chain-" + merged,
        1e6,
        engine -> {
          RandomStreams streams = new RandomStreams(42, 0);
          Consumer<Request> exit =
              request -> {
                List<Double> hops = new ArrayList<>();
                for (int h = 0; h < HOP_TIMES.length; h++) {
                  hops.add(request.hopTime(h));
                }
                exits.add(new Exit(request.id(), engine.now(), hops));
              };
          Consumer<Request> entry =
              merged ? mergedChain(engine, exit) : separateChain(engine, exit);
          Requests requests = new Requests(chainLayout(), WINDOW);
          Distribution[] distributions = new Distribution[HOP_TIMES.length];
          RandomStream[] hopStreams = new RandomStream[HOP_TIMES.length];
          for (int h = 0; h < HOP_TIMES.length; h++) {
            distributions[h] = Network.distribution(HOP_TIMES[h]);
            hopStreams[h] = streams.stream("hop-" + h);
          }
          for (int i = 0; i < 200; i++) {
            engine.schedule(
                i * 0.1,
                () -> {
                  Request request = requests.create(engine.now());
                  for (int h = 0; h < HOP_TIMES.length; h++) {
                    request.setAttribute(h, distributions[h].sample(hopStreams[h]));
                  }
                  entry.accept(request);
                });
          }
        });
    exits.sort((a, b) -> Long.compare(a.id(), b.id()));
    return exits;
  }

  private static Consumer<Request> mergedChain(Engine engine, Consumer<Request> exit) {
    Delay.Builder builder = Delay.builder(engine);
    for (int h = 0; h < HOP_TIMES.length; h++) {
      builder.hop(h, Sampler.carried(h));
    }
    return builder.to(exit)::arrive;
  }

  private static Consumer<Request> separateChain(Engine engine, Consumer<Request> exit) {
    Consumer<Request> next = exit;
    for (int h = HOP_TIMES.length - 1; h >= 0; h--) {
      next = Delay.builder(engine).hop(h, Sampler.carried(h)).to(next)::arrive;
    }
    return next;
  }

  /** Hop h takes the time in attribute h. */
  private static RequestLayout chainLayout() {
    RequestLayout.Builder builder = RequestLayout.builder();
    for (int h = 0; h < HOP_TIMES.length; h++) {
      builder.hop("hop-" + h);
      builder.attribute("hop-" + h + "-time");
    }
    return builder.build();
  }

  private static RequestLayout layout(int hops) {
    RequestLayout.Builder builder = RequestLayout.builder();
    for (int h = 0; h < hops; h++) {
      builder.hop("hop-" + h);
    }
    return builder.build();
  }
}
