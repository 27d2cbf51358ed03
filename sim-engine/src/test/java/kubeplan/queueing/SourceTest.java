package kubeplan.queueing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import kubeplan.arrival.ArrivalProcess;
import kubeplan.arrival.Arrivals;
import kubeplan.engine.Runner;
import kubeplan.engine.SimulationException;
import kubeplan.random.RandomStreams;
import kubeplan.stats.MeasurementWindow;
import kubeplan.stats.Tolerance;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;

/**
 * Long-run rates are checked with z = 4 standard deviations of the count: sqrt(mean) for
 * (non-homogeneous) Poisson counts, and the MMPP's asymptotic count variance for MMPPs.
 */
class SourceTest {
  private static final RequestLayout LAYOUT = RequestLayout.builder().build();

  /** The requests a source created and when it said it would create no more. */
  private record Created(List<Request> requests, double exhaustedAt) {
    long count() {
      return requests.size();
    }
  }

  @Test
  void poisson_createsRequestsAtItsRate() {
    double rate = 50;
    double seconds = 2_000;
    Created created = run("poisson(rate=50/s)", new MeasurementWindow(0, seconds));
    assertCount(rate * seconds, Math.sqrt(rate * seconds), created.count());
  }

  /**
   * The long-run rate of an MMPP is sum(pi_i lambda_i), pi_i proportional to the mean sojourns; its
   * count over t has variance ~ t (mean + 2 lambda' diag(pi) D lambda), with D = (1 pi' - Q)^-1 - 1
   * pi' the deviation matrix of the state process (Q: leave state i at 1/s_i, uniformly to the
   * others).
   */
  @Test
  void mmpp_withThreeStates_createsRequestsAtItsLongRunRate() {
    double[] rates = {0, 5, 20};
    double[] sojourns = {10, 5, 1};
    double seconds = 200_000;
    ArrivalProcess.Mmpp mmpp = new ArrivalProcess.Mmpp(rates, sojourns);
    Created created = run(mmpp, new MeasurementWindow(0, seconds));
    double mean = mmpp.meanRatePerSecond();
    assertEquals((0 * 10 + 5 * 5 + 20 * 1) / 16.0, mean, 1e-12);
    double varianceRate = mean + 2 * mmppCovarianceRate(rates, sojourns);
    assertCount(mean * seconds, Math.sqrt(varianceRate * seconds), created.count());
  }

  /**
   * Over whole periods the diurnal count is Poisson with mean {@code mean * T}; in the middle half
   * of each period (around the peak) its mean is {@code mean P / 2 + (peak - mean) P / pi}.
   */
  @Test
  void diurnal_createsTheMeanRate_withMostRequestsAroundThePeak() {
    double period = 1_000;
    Created created =
        run("diurnal(mean=10/s, peak=18/s, period=1000s)", new MeasurementWindow(0, 100 * period));
    assertCount(10 * 100 * period, Math.sqrt(10 * 100 * period), created.count());
    long aroundPeak =
        created.requests().stream()
            .mapToDouble(request -> request.createdAt() % period)
            .filter(phase -> phase >= period / 4 && phase < 0.75 * period)
            .count();
    double expected = 100 * (10 * period / 2 + 8 * period / Math.PI);
    assertCount(expected, Math.sqrt(expected), aroundPeak);
  }

  @Test
  void trace_replaysItsTimes_andStopsAtTheEndOfTheWindow() {
    ArrivalProcess trace =
        new ArrivalProcess.Trace(Path.of("trace.csv"), new double[] {0.5, 1, 1, 2.5, 4, 6});
    Created created = run(trace, new MeasurementWindow(1, 4));
    List<Double> times = created.requests().stream().map(Request::createdAt).toList();
    assertEquals(List.of(0.5, 1.0, 1.0, 2.5), times);
    assertEquals(4.0, created.exhaustedAt(), "the source announces its end at the window's end");
    assertFalse(created.requests().get(0).measured(), "sent during the warm-up");
    assertTrue(created.requests().get(1).measured());
    assertEquals(List.of(0L, 1L, 2L, 3L), created.requests().stream().map(Request::id).toList());
  }

  /**
   * Three users thinking 2 s and answered 1 s after sending: each sends at 2, 5, 8, ...; with the
   * window ending at 9 the users retire after their answers at 9 and the source ends at 9.
   */
  @Test
  void closedUsers_sendAgainAThinkTimeAfterEachAnswer_andRetireAtTheWindowsEnd() {
    List<String> sent = new ArrayList<>();
    double[] exhaustedAt = {-1};
    Runner.run(
        "closed",
        100,
        engine -> {
          Source[] source = new Source[1];
          Consumer<Request> answerAfterOneSecond =
              request -> {
                sent.add(request.client() + "@" + engine.now());
                engine.schedule(1, () -> source[0].finished(request));
              };
          source[0] =
              Source.of(
                  Arrivals.parse("closed(users=3, thinkTime=constant(2s))", null),
                  engine,
                  new RandomStreams(1, 0).stream("users"),
                  new Requests(LAYOUT, new MeasurementWindow(0, 9)),
                  answerAfterOneSecond,
                  () -> exhaustedAt[0] = engine.now());
          source[0].start();
        });
    assertEquals(
        List.of("0@2.0", "1@2.0", "2@2.0", "0@5.0", "1@5.0", "2@5.0", "0@8.0", "1@8.0", "2@8.0"),
        sent);
    assertEquals(9.0, exhaustedAt[0]);
  }

  @Test
  void closedSource_refusesToBeToldOfARequestItIsNotWaitingFor() {
    SimulationException failure =
        assertThrows(
            SimulationException.class,
            () ->
                Runner.run(
                    "stranger",
                    100,
                    engine -> {
                      Requests requests = new Requests(LAYOUT, new MeasurementWindow(0, 9));
                      Source source =
                          Source.of(
                              Arrivals.parse("closed(users=2, thinkTime=1s)", null),
                              engine,
                              new RandomStreams(1, 0).stream("users"),
                              requests,
                              request -> {},
                              () -> {});
                      source.start();
                      engine.schedule(5, () -> source.finished(requests.create(engine.now())));
                    }));
    assertTrue(
        failure.getCause().getMessage().contains("is not one this closed source is"),
        failure.getMessage());
  }

  @Test
  void aSourceWhoseFirstArrivalIsAfterTheWindow_createsNothing_andEndsAtTheWindowsEnd() {
    Created created =
        run(
            new ArrivalProcess.Trace(Path.of("late.csv"), new double[] {7}),
            new MeasurementWindow(0, 5));
    assertEquals(0, created.count());
    assertEquals(5.0, created.exhaustedAt());
  }

  private static Created run(String arrivals, MeasurementWindow window) {
    return run(Arrivals.parse(arrivals, null), window);
  }

  private static Created run(ArrivalProcess arrivals, MeasurementWindow window) {
    List<Request> requests = new ArrayList<>();
    double[] exhaustedAt = {-1};
    Runner.run(
        "source",
        window.end() + 1,
        engine -> {
          Source source =
              Source.of(
                  arrivals,
                  engine,
                  new RandomStreams(11, 0).stream("arrivals"),
                  new Requests(LAYOUT, window),
                  requests::add,
                  () -> exhaustedAt[0] = engine.now());
          source.start();
        });
    return new Created(requests, exhaustedAt[0]);
  }

  private static void assertCount(double expected, double standardDeviation, long count) {
    assertEquals(
        expected,
        count,
        Tolerance.Z * standardDeviation,
        "count " + count + " vs expected " + expected + " +- 4 sd of " + standardDeviation);
  }

  /** lambda' diag(pi) D lambda for the MMPP's state process, D its deviation matrix. */
  private static double mmppCovarianceRate(double[] rates, double[] sojourns) {
    int k = rates.length;
    double total = 0;
    for (double s : sojourns) {
      total += s;
    }
    RealMatrix generator = MatrixUtils.createRealMatrix(k, k);
    RealMatrix stationary = MatrixUtils.createRealMatrix(k, k);
    double[] pi = new double[k];
    for (int i = 0; i < k; i++) {
      pi[i] = sojourns[i] / total;
    }
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        generator.setEntry(i, j, i == j ? -1 / sojourns[i] : 1 / sojourns[i] / (k - 1));
        stationary.setEntry(i, j, pi[j]);
      }
    }
    RealMatrix deviation = MatrixUtils.inverse(stationary.subtract(generator)).subtract(stationary);
    RealVector lambda = MatrixUtils.createRealVector(rates);
    RealVector weighted = lambda.ebeMultiply(MatrixUtils.createRealVector(pi));
    return weighted.dotProduct(deviation.operate(lambda));
  }
}
