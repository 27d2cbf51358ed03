package kubeplan.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.stream.Stream;
import kubeplan.value.ValueSyntaxException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad distribution texts: each gets a message naming the rule and an offset at the culprit. */
class DistributionErrorsTest {

  /**
   * @param at the offending part: the offset expected is where it first occurs in the text ({@code
   *     "$"} for the end of the text)
   */
  record Case(String text, Dimension dimension, String at, String message) {
    int offset() {
      return at.equals("$") ? text.length() : text.indexOf(at);
    }

    @Override
    public String toString() {
      return text + " (" + dimension + ")";
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        time(
            "lognormal(median=4ms, p99=2ms)",
            "p99=",
            "lognormal p99 (2ms) must be greater than median (4ms)"),
        time(
            "lognormal(median=4ms, p99=4ms)",
            "p99=",
            "lognormal p99 (4ms) must be greater than median (4ms)"),
        time(
            "expnential(mean=1s)",
            "expnential",
            "unknown distribution family 'expnential'; did you mean 'exponential'?"),
        time(
            "banana(mean=1s)",
            "banana",
            "unknown distribution family 'banana'; known: constant, exponential, uniform, erlang,"
                + " gamma, lognormal, weibull, pareto, hyperexponential, empirical"),
        time(
            "exponential(mean=4)",
            "4",
            "exponential mean: a duration needs a unit: ns, us, ms, s, m or h (got '4')"),
        time(
            "exponential(mean=4KiB)",
            "KiB",
            "exponential mean: unknown unit 'KiB' in a duration '4KiB'; use ns, us, ms, s, m or h"),
        time(
            "exponential(mean=-4ms)",
            "-4ms",
            "exponential mean: a duration must not be negative: '-4ms'"),
        time("exponential(mean=0s)", "mean", "exponential mean (0s) must be positive"),
        time("exponential(rate=0/s)", "rate", "exponential rate (0/s) must be positive"),
        time(
            "exponential(rate=2000)",
            "2000",
            "exponential rate: a rate needs a unit: /s, /min or /h (got '2000')"),
        time(
            "exponential(mean=1s, rate=1/s)",
            "rate",
            "exponential: rate cannot be combined with mean; give mean or rate"),
        time("exponential()", "exponential", "exponential needs mean or rate"),
        time(
            "exponential(mean=1s, mean=2s)",
            "mean=2s",
            "exponential: parameter mean is given twice"),
        time(
            "exponential(meen=1s)",
            "meen",
            "exponential has no parameter meen; did you mean mean?"),
        time("exponential(1s)", "1s", "exponential needs named parameters: mean or rate"),
        time("gamma(mean=4ms)", "gamma", "gamma is missing cv (form mean+cv)"),
        time("gamma(mean=4ms, cv=0)", "cv", "gamma cv (0) must be positive"),
        time(
            "gamma(mean=4ms, cv=1e-200)",
            "gamma",
            "gamma shape must be finite and positive: Infinity"),
        time("gamma(mean=4ms, cv=-1)", "cv", "gamma cv (-1) must be positive"),
        time(
            "gamma(shape=2, mean=4ms)",
            "mean",
            "gamma: mean cannot be combined with shape; give mean+cv or shape+scale"),
        time(
            "gamma(shape=2ms, scale=1ms)",
            "2ms",
            "gamma shape: expected a plain number without a unit, got '2ms'"),
        time("erlang(k=2.5, mean=1ms)", "k=", "erlang k (2.5) must be a positive integer"),
        time("erlang(k=0, mean=1ms)", "k=", "erlang k (0) must be a positive integer"),
        time(
            "uniform(min=3ms, max=1ms)", "max", "uniform max (1ms) must be greater than min (3ms)"),
        time("uniform(1ms, 2ms, 3ms)", "3ms", "uniform takes at most 2 values: min, max"),
        time(
            "uniform(min=1ms, 2ms)",
            "2ms",
            "uniform: a positional value cannot follow named parameters"),
        time("uniform(min=1ms)", "uniform", "uniform is missing max"),
        time(
            "lognormal(mean=4ms, median=3ms)",
            "median",
            "lognormal: median cannot be combined with mean; give mean+cv, median+p99 or mu+sigma"),
        time("lognormal(mu=-6)", "lognormal", "lognormal is missing sigma (form mu+sigma)"),
        time(
            "lognormal(mu=-6ms, sigma=1)",
            "-6ms",
            "lognormal mu: expected a plain number without a unit, got '-6ms'"),
        time(
            "lognormal(median=4ms, p99=8ms, cv=1)",
            "cv",
            "lognormal: cv cannot be combined with median; give mean+cv, median+p99 or mu+sigma"),
        time("weibull(shape=0, scale=1ms)", "shape", "weibull shape (0) must be positive"),
        time(
            "pareto(shape=1.5, min=2ms, max=1ms)",
            "max",
            "pareto max (1ms) must be greater than min (2ms)"),
        time("pareto(max=1s)", "pareto", "pareto needs shape+min"),
        time(
            "hyperexponential(mean=4ms, cv=1)",
            "cv",
            "hyperexponential cv (1) must be greater than 1; for cv = 1 use exponential, below 1"
                + " erlang or gamma"),
        time("constant()", "constant", "constant needs value"),
        time(
            "empirical(file=lat.csv, unit=KiB)",
            "unit",
            "empirical unit (KiB) must be a unit of a duration such as 4ms"),
        time("exponential(mean=1s", "$", "missing ')' at the end of exponential(...)"),
        time("exponential mean=1s", "mean", "expected '(' after 'exponential'"),
        time("exponential(mean=1s) junk", "junk", "unexpected 'j' after the closing ')'"),
        time("exponential(mean=)", ")", "missing value"),
        time("exponential(mean=1s,)", ")", "missing value"),
        time("exponential(mean=(1s))", "(1s", "unexpected '(' where a value should start"),
        time("exponential(mean=1s(2))", "(2", "unexpected '(' in the value '1s'"),
        size(
            "exponential(mean=4ms)",
            "ms",
            "exponential mean: unknown unit 'ms' in a size '4ms'; use B, KB, KiB, MB, MiB, GB or"
                + " GiB"),
        size(
            "exponential(rate=10/s)",
            "rate",
            "exponential rate is only for durations; give the mean of the size instead"),
        size("800", "800", "a size needs a unit: B, KB, KiB, MB, MiB, GB or GiB (got '800')"),
        number(
            "uniform(min=1ms, max=3)",
            "1ms",
            "uniform min: expected a plain number without a" + " unit, got '1ms'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void parse_badText_explainsTheRuleAtTheCulprit(Case c) {
    ValueSyntaxException e =
        assertThrows(
            ValueSyntaxException.class,
            () -> Distributions.parse(c.text(), c.dimension(), Path.of(".")));
    assertEquals(c.message(), e.getMessage());
    assertEquals(c.offset(), e.offset(), () -> "offset for " + c.text());
    assertEquals(c.text(), e.text());
  }

  private static Case time(String text, String at, String message) {
    return new Case(text, Dimension.TIME, at, message);
  }

  private static Case size(String text, String at, String message) {
    return new Case(text, Dimension.SIZE, at, message);
  }

  private static Case number(String text, String at, String message) {
    return new Case(text, Dimension.NUMBER, at, message);
  }
}
