package kubeplan.arrival;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import kubeplan.random.Exponential;
import kubeplan.value.ValueSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ArrivalsTest {
  private static final Path HERE = Path.of(".");

  @TempDir Path dir;

  @Test
  void poisson_rate_isRead() {
    assertEquals(new ArrivalProcess.Poisson(2000), Arrivals.parse("poisson(rate=2000/s)", HERE));
    assertEquals(1.5, Arrivals.parse("poisson(rate=90/min)", HERE).meanRatePerSecond(), 0);
  }

  /**
   * With uniform jumps the time in each state is proportional to its mean sojourn: 60/70, 10/70.
   */
  @Test
  void mmpp_twoStates_meanRateWeightsRatesBySojourn() {
    ArrivalProcess.Mmpp m =
        (ArrivalProcess.Mmpp)
            Arrivals.parse("mmpp(rates=[100/s, 1000/s], switch=[60s, 10s])", HERE);
    assertArrayEquals(new double[] {100, 1000}, m.ratesPerSecond());
    assertArrayEquals(new double[] {60, 10}, m.meanSojournSeconds());
    assertArrayEquals(new double[] {6.0 / 7, 1.0 / 7}, m.stationaryProbabilities(), 1e-15);
    assertEquals((100 * 60 + 1000 * 10) / 70.0, m.meanRatePerSecond(), 1e-12);
  }

  @Test
  void mmpp_switchAsLeaveRates_meansTheirReciprocals() {
    ArrivalProcess.Mmpp byRate =
        (ArrivalProcess.Mmpp)
            Arrivals.parse("mmpp(rates=[100/s, 1000/s], switch=[1/min, 6/min])", HERE);
    assertArrayEquals(new double[] {60, 10}, byRate.meanSojournSeconds(), 1e-12);
  }

  /**
   * Three states, uniform jumps: the balance equations π_j/s_j = Σ_{i≠j} π_i/(2 s_i) hold for π_i ∝
   * s_i.
   */
  @Test
  void mmpp_threeStates_stationaryProbabilitiesBalanceTheFlows() {
    ArrivalProcess.Mmpp m = new ArrivalProcess.Mmpp(new double[] {1, 2, 3}, new double[] {1, 2, 5});
    double[] pi = m.stationaryProbabilities();
    for (int j = 0; j < 3; j++) {
      double in = 0;
      for (int i = 0; i < 3; i++) {
        in += i == j ? 0 : pi[i] / m.meanSojournSeconds()[i] / 2;
      }
      assertEquals(pi[j] / m.meanSojournSeconds()[j], in, 1e-15);
    }
  }

  @Test
  void mmpp_equalsComparesTheArrays() {
    ArrivalProcess a = Arrivals.parse("mmpp(rates=[1/s, 2/s], switch=[1s, 2s])", HERE);
    ArrivalProcess b = Arrivals.parse("mmpp(rates=[1/s, 2/s], switch=[1s, 2s])", HERE);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, Arrivals.parse("mmpp(rates=[1/s, 3/s], switch=[1s, 2s])", HERE));
  }

  @Test
  void diurnal_troughAtZero_peakAtHalfPeriod() {
    ArrivalProcess.Diurnal d =
        (ArrivalProcess.Diurnal)
            Arrivals.parse("diurnal(mean=1000/s, peak=1800/s, period=24h)", HERE);
    assertEquals(200, d.rateAt(0), 1e-9);
    assertEquals(1800, d.rateAt(12 * 3600), 1e-9);
    assertEquals(1000, d.rateAt(6 * 3600), 1e-9);
    assertEquals(1000, d.meanRatePerSecond(), 0);
  }

  @Test
  void trace_arrivalTimesInTheHeadersUnit_areReadAsSeconds() throws IOException {
    Files.writeString(dir.resolve("t.csv"), "t_ms\n0\n250\n250\n1000\n");
    ArrivalProcess.Trace t = (ArrivalProcess.Trace) Arrivals.parse("trace(file=t.csv)", dir);
    assertArrayEquals(new double[] {0, 0.25, 0.25, 1}, t.arrivalTimesSeconds(), 1e-15);
    assertEquals(4, t.meanRatePerSecond(), 1e-12);
    assertEquals(dir.resolve("t.csv"), t.file());
  }

  @Test
  void closed_thinkTimeIsADistributionInSeconds() {
    ArrivalProcess.Closed c =
        (ArrivalProcess.Closed)
            Arrivals.parse("closed(users=200, thinkTime=exponential(mean=1s))", HERE);
    assertEquals(200, c.users());
    assertEquals(new Exponential(1, "exponential(mean=1s)"), c.thinkTime());
    assertEquals(200, c.meanRatePerSecond(), 0);
  }

  record Case(String text, String at, String message) {
    @Override
    public String toString() {
      return text;
    }
  }

  static Stream<Case> badTexts() {
    return Stream.of(
        new Case(
            "possion(rate=1/s)",
            "possion",
            "unknown arrival process 'possion'; did you mean 'poisson'?"),
        new Case("poisson(rate=0/s)", "rate", "poisson rate (0/s) must be positive"),
        new Case(
            "poisson(rate=2000)",
            "2000",
            "poisson rate: a rate needs a unit: /s, /min or /h (got '2000')"),
        new Case("poisson(mean=1ms)", "mean", "poisson has no parameter mean; it takes rate"),
        new Case(
            "mmpp(rates=[100/s], switch=[1s])",
            "rates",
            "mmpp rates ([100/s]) needs at" + " least 2 states"),
        new Case(
            "mmpp(rates=100/s, switch=[1s])",
            "rates",
            "mmpp rates (100/s) must be a list such as [a, b]"),
        new Case(
            "mmpp(rates=[1/s, 2/s], switch=[1s])",
            "switch",
            "mmpp switch has 1 entries but rates has 2; give one per state"),
        new Case(
            "mmpp(rates=[1/s, 2/s], switch=[1s, 0s])",
            "0s",
            "mmpp switch entry 2 must be a positive time or rate"),
        new Case(
            "mmpp(rates=[1/s, 2/s], switch=[1s, 2])",
            "2]",
            "mmpp switch: a duration needs a unit: ns, us, ms, s, m or h (got '2')"),
        new Case(
            "mmpp(rates=[0/s, 0/s], switch=[1s, 1s])",
            "rates",
            "mmpp rates ([0/s, 0/s]) needs at least one positive rate"),
        new Case(
            "diurnal(mean=1000/s, peak=2500/s, period=24h)",
            "peak",
            "diurnal peak (2500/s) must be at most twice the mean (1000/s), or the rate at the"
                + " trough would be negative"),
        new Case(
            "diurnal(mean=1000/s, peak=500/s, period=24h)",
            "peak",
            "diurnal peak (500/s) must be at least mean (1000/s)"),
        new Case("diurnal(mean=1000/s, peak=1500/s)", "diurnal", "diurnal is missing period"),
        new Case(
            "closed(users=0, thinkTime=exponential(mean=1s))",
            "users",
            "closed users (0) must be a positive integer"),
        new Case(
            "closed(users=10, thinkTime=lognormal(median=4s, p99=2s))",
            "p99",
            "closed thinkTime: lognormal p99 (2s) must be greater than median (4s)"),
        new Case(
            "closed(users=10, thinkTime=exponential(mean=1KiB))",
            "KiB",
            "closed thinkTime: exponential mean: unknown unit 'KiB' in a duration '1KiB'; use ns,"
                + " us, ms, s, m or h"),
        new Case(
            "trace(file=t.csv, unit=B)",
            "unit",
            "trace unit (B) must be a unit of a duration such as 4ms"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badTexts")
  void parse_badText_explainsTheRuleAtTheCulprit(Case c) {
    ValueSyntaxException e =
        assertThrows(ValueSyntaxException.class, () -> Arrivals.parse(c.text(), HERE));
    assertEquals(c.message(), e.getMessage());
    assertEquals(c.text().indexOf(c.at()), e.offset());
  }

  @Test
  void trace_timesGoingBack_namesTheArrival() throws IOException {
    Files.writeString(dir.resolve("t.csv"), "t_s\n1\n3\n2\n");
    ValueSyntaxException e =
        assertThrows(ValueSyntaxException.class, () -> Arrivals.parse("trace(file=t.csv)", dir));
    assertEquals(
        "trace "
            + dir.resolve("t.csv")
            + ": arrival 3 at 2.0 s is negative or before"
            + " the one before it (3.0 s)",
        e.getMessage());
  }

  @Test
  void records_refuseImpossibleParameters() {
    assertThrows(IllegalArgumentException.class, () -> new ArrivalProcess.Poisson(0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ArrivalProcess.Mmpp(new double[] {1}, new double[] {1}));
    assertThrows(IllegalArgumentException.class, () -> new ArrivalProcess.Diurnal(10, 25, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ArrivalProcess.Trace(Path.of("t.csv"), new double[] {0}));
    assertThrows(
        IllegalArgumentException.class, () -> new ArrivalProcess.Closed(0, new Exponential(1)));
  }
}
