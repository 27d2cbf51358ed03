package kubeplan.queueing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import kubeplan.engine.Runner;
import kubeplan.stats.MeasurementWindow;
import org.junit.jupiter.api.Test;

class LinkTest {
  private static final MeasurementWindow WINDOW = new MeasurementWindow(0, 10);

  @Test
  void payloads_goOutOneAfterAnother_eachTakingSizeOverBandwidth() {
    assertEquals(List.of(1.0, 1.5, 3.5), departures(Double.POSITIVE_INFINITY, 1000, 500, 2000));
  }

  @Test
  void aFlowCapBelowTheBandwidth_slowsEachPayload_andLetsSeveralShareTheLink() {
    // 1000 B/s capped at 500 B/s per flow: two flows at once, each at 500 B/s; the third
    // payload starts when the first is done, at 1 s.
    assertEquals(List.of(1.0, 2.0, 3.0), departures(500, 500, 1000, 1000));
  }

  @Test
  void linkStatistics_countTransmissionTimeAsBusyTime() {
    Link[] link = new Link[1];
    Runner.run(
        "link-stats",
        100,
        engine -> {
          RequestLayout.Builder builder = RequestLayout.builder();
          int size = builder.attribute("size");
          int hop = builder.hop("wire");
          Requests requests = new Requests(builder.build(), WINDOW);
          link[0] =
              Link.of(
                  engine,
                  "wire",
                  WINDOW,
                  1000,
                  Double.POSITIVE_INFINITY,
                  Sampler.carried(size),
                  hop,
                  request -> {});
          engine.schedule(
              0,
              () -> {
                Request request = requests.create(engine.now());
                request.setAttribute(size, 2500);
                link[0].arrive(request);
              });
        });
    assertEquals(0.25, link[0].statistics(10).utilisation(), 1e-12);
  }

  @Test
  void aBandwidthThatIsNotPositive_isRefusedNamingTheLink() {
    Runner.run(
        "bad-link",
        1,
        engine ->
            assertEquals(
                "link uplink: bandwidth must be finite and > 0 B/s: 0.0",
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                            Link.of(
                                engine,
                                "uplink",
                                WINDOW,
                                0,
                                Double.POSITIVE_INFINITY,
                                Sampler.constant(1),
                                0,
                                request -> {}))
                    .getMessage()));
  }

  /** Payloads of the given sizes, all sent at t = 0 over a 1000 B/s link. */
  private static List<Double> departures(double flowCap, double... sizes) {
    List<Double> times = new ArrayList<>();
    Runner.run(
        "link",
        100,
        engine -> {
          RequestLayout.Builder builder = RequestLayout.builder();
          int size = builder.attribute("size");
          int hop = builder.hop("wire");
          Requests requests = new Requests(builder.build(), WINDOW);
          Link link =
              Link.of(
                  engine,
                  "wire",
                  WINDOW,
                  1000,
                  flowCap,
                  Sampler.carried(size),
                  hop,
                  request -> times.add(engine.now()));
          engine.schedule(
              0,
              () -> {
                for (double bytes : sizes) {
                  Request request = requests.create(engine.now());
                  request.setAttribute(size, bytes);
                  link.arrive(request);
                }
              });
        });
    return times;
  }
}
