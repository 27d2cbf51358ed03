package kubeplan.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kubeplan.value.ValueSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every family and parameter form of the grammar, read into the parameters it means. */
class DistributionsTest {
  private static final Path HERE = Path.of(".");

  @TempDir Path dir;

  private static Distribution time(String text) {
    return Distributions.parse(text, Dimension.TIME, HERE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "constant(2ms)|constant(2ms)",
        "constant(value=2ms)|constant(value=2ms)",
        "2ms|constant(2ms)",
        "' 2ms '|constant(2ms)",
      })
  void constant_everyForm_isTwoMilliseconds(String text, String canonical) {
    assertEquals(new Constant(0.002, canonical), time(text));
  }

  @Test
  void exponential_rate_isTheReciprocalMean() {
    assertEquals(
        new Exponential(0.0005, "exponential(rate=2000/s)"), time("exponential(rate=2000/s)"));
    assertEquals(0.004, time("exponential(mean=4ms)").mean(), 0);
  }

  @Test
  void uniform_positionalAndNamed_agree() {
    Uniform positional = (Uniform) time("uniform(1ms, 3ms)");
    Uniform named = (Uniform) time("uniform(max=3ms, min=1ms)");
    assertEquals(0.001, positional.min(), 0);
    assertEquals(0.003, positional.max(), 0);
    assertEquals(positional.min(), named.min(), 0);
    assertEquals(positional.max(), named.max(), 0);
  }

  @Test
  void erlang_kAndMean_areRead() {
    assertEquals(new Erlang(3, 0.006, "erlang(3, 6ms)"), time("erlang(3, 6ms)"));
  }

  /** gamma(mean, cv) has shape 1/cv² and scale mean·cv². */
  @Test
  void gamma_meanCvForm_equalsShapeScaleForm() {
    Gamma byMean = (Gamma) time("gamma(mean=4ms, cv=0.5)");
    Gamma byShape = (Gamma) time("gamma(shape=4, scale=1ms)");
    assertEquals(byShape.shape(), byMean.shape(), 1e-15);
    assertEquals(byShape.scale(), byMean.scale(), 1e-18);
  }

  @Test
  void lognormal_threeForms_giveTheirParameters() {
    Lognormal musigma = (Lognormal) time("lognormal(mu=-6, sigma=0.5)");
    assertEquals(-6, musigma.mu(), 0);
    assertEquals(0.5, musigma.sigma(), 0);

    Lognormal meanCv = (Lognormal) time("lognormal(mean=4ms, cv=1)");
    assertEquals(0.004, meanCv.mean(), 1e-17);
    assertEquals(1, meanCv.cv(), 1e-14);

    Lognormal medianP99 = (Lognormal) time("lognormal(median=60us, p99=250us)");
    assertEquals(Math.log(60e-6), medianP99.mu(), 1e-14);
    assertEquals(Math.log(250.0 / 60) / 2.3263478740408408, medianP99.sigma(), 1e-15);
  }

  @Test
  void weibull_shapeAndScale_areRead() {
    assertEquals(
        new Weibull(1.5, 0.002, "weibull(shape=1.5, scale=2ms)"),
        time("weibull(shape=1.5, scale=2ms)"));
  }

  @Test
  void pareto_withoutMax_isUntruncated_withMax_isBounded() {
    Pareto open = (Pareto) time("pareto(shape=2.5, min=1ms)");
    Pareto bounded = (Pareto) time("pareto(1.2, 1ms, 1s)");
    assertEquals(false, open.truncated());
    assertEquals(Double.POSITIVE_INFINITY, open.max());
    assertEquals(true, bounded.truncated());
    assertEquals(1, bounded.max(), 0);
  }

  /** p1 = (1 + √((cv²−1)/(cv²+1)))/2 = (1 + √0.8)/2 for cv = 3. */
  @Test
  void hyperexponential_meanCv_givesBalancedPhases() {
    Hyperexponential h = (Hyperexponential) time("hyperexponential(mean=4ms, cv=3)");
    double p1 = (1 + Math.sqrt(0.8)) / 2;
    assertEquals(p1, h.p1(), 1e-15);
    assertEquals(0.004 / (2 * p1), h.mean1(), 1e-18);
    assertEquals(0.004 / (2 * (1 - p1)), h.mean2(), 1e-16);
  }

  @Test
  void sizes_carryByteUnits() {
    Distribution d = Distributions.parse("exponential(mean=16KiB)", Dimension.SIZE, HERE);
    assertEquals(16384, d.mean(), 0);
    Pareto p =
        (Pareto) Distributions.parse("pareto(shape=1.2, min=800B, max=1MiB)", Dimension.SIZE, HERE);
    assertEquals(800, p.min(), 0);
    assertEquals(1 << 20, p.max(), 0);
  }

  @Test
  void numbers_carryNoUnits() {
    Uniform u = (Uniform) Distributions.parse("uniform(min=-1, max=3)", Dimension.NUMBER, HERE);
    assertEquals(-1, u.min(), 0);
    assertEquals(3, u.max(), 0);
  }

  @Test
  void text_isTheCanonicalCall() {
    assertEquals(
        "lognormal(median=60us, p99=250us)",
        time("  lognormal( median = 60us ,p99=250us ) ").text());
  }

  @Test
  void families_listsTheTenOfTheSpec() {
    assertEquals(10, Distributions.families().size());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "latency_ms|",
        "ms|",
        "latency|ms",
        "latency_ms|ms",
      })
  void empirical_unitFromHeaderOrParameter_givesSeconds(String header, String unit)
      throws IOException {
    Files.writeString(dir.resolve("lat.csv"), header + "\n4\n1\n# a comment\n\n2\n3\n");
    String text = "empirical(file=lat.csv" + (unit == null ? "" : ", unit=" + unit) + ")";
    Empirical d = (Empirical) Distributions.parse(text, Dimension.TIME, dir);
    assertArrayEquals(new double[] {0.001, 0.002, 0.003, 0.004}, d.values(), 1e-18);
    assertArrayEquals(new double[] {0, 1.0 / 3, 2.0 / 3, 1}, d.probabilities(), 1e-15);
  }

  @Test
  void empirical_interpolatesLinearlyBetweenPoints() throws IOException {
    Files.writeString(dir.resolve("size.csv"), "size_B\n100\n200\n400\n");
    Distribution d = Distributions.parse("empirical(file=size.csv)", Dimension.SIZE, dir);
    assertEquals(100, d.quantile(0), 0);
    assertEquals(150, d.quantile(0.25), 1e-12);
    assertEquals(300, d.quantile(0.75), 1e-12);
    assertEquals(400, d.quantile(1), 0);
    // Two uniform halves: on [100, 200] and [200, 400].
    assertEquals(0.5 * 150 + 0.5 * 300, d.mean(), 1e-12);
    double second =
        0.5 * (100 * 100 + 100 * 200 + 200 * 200) / 3.0
            + 0.5 * (200 * 200 + 200 * 400 + 400 * 400) / 3.0;
    assertEquals(second - d.mean() * d.mean(), d.variance(), 1e-9);
  }

  @Test
  void empirical_plainNumbers_needNoUnit() throws IOException {
    Files.writeString(dir.resolve("n.csv"), "5\n");
    Distribution d = Distributions.parse("empirical(file=n.csv)", Dimension.NUMBER, dir);
    assertEquals(5, d.quantile(0.3), 0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "latency\\n"
            + "4\\n"
            + "|empirical(file=f.csv)|empirical file f.csv line 1: the header 'latency' names no"
            + " unit; name the column like latency_ms or pass unit=…",
        "4\\n5\\n|empirical(file=f.csv)|empirical file f.csv line 1: no unit for '4'; add a header"
            + " like latency_ms or pass unit=…",
        "latency_ms\\n"
            + "4\\n"
            + "four\\n"
            + "|empirical(file=f.csv)|empirical file f.csv line 3: expected a plain number without"
            + " a unit, got 'four'",
        "latency_us\\n4\\n|empirical(file=f.csv, unit=ms)|empirical file f.csv line 1: the header"
            + " 'latency_us' says us but unit is ms",
        "t_ms,x\\n4,5\\n|empirical(file=f.csv)|empirical file f.csv line 1: expected one value per"
            + " row, got 't_ms,x'",
        "latency_ms\\n|empirical(file=f.csv)|empirical file f.csv has no values",
      })
  void empirical_badFile_namesTheFileAndLine(String content, String text, String message)
      throws IOException {
    Files.writeString(dir.resolve("f.csv"), content.replace("\\n", "\n"));
    ValueSyntaxException e =
        assertThrows(
            ValueSyntaxException.class, () -> Distributions.parse(text, Dimension.TIME, dir));
    assertEquals(message, e.getMessage());
    assertEquals(text.indexOf("file="), e.offset());
  }

  @Test
  void empirical_missingFile_namesThePath() {
    ValueSyntaxException e =
        assertThrows(
            ValueSyntaxException.class,
            () -> Distributions.parse("empirical(file=nowhere.csv)", Dimension.TIME, dir));
    assertTrue(
        e.getMessage().startsWith("empirical cannot read " + dir.resolve("nowhere.csv")),
        e.getMessage());
    assertEquals("empirical(".length(), e.offset());
  }
}
