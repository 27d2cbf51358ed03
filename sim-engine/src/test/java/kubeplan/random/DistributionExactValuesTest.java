package kubeplan.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import kubeplan.stats.Tolerance;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.ParetoDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.distribution.WeibullDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each family's quantile, mean and variance against an independent reference: Commons Math's
 * distributions where it has the family (their random generators unused, hence null), the closed
 * forms written out here otherwise.
 */
class DistributionExactValuesTest {
  private static final double[] PROBABILITIES = {0.001, 0.1, 0.5, 0.9, 0.999};

  /** A parsed distribution, its reference CDF and reference moments. */
  record Reference(String text, DoubleUnaryOperator cdf, double mean, double variance) {
    static Reference of(String text, RealDistribution d) {
      return new Reference(
          text, d::cumulativeProbability, d.getNumericalMean(), d.getNumericalVariance());
    }

    @Override
    public String toString() {
      return text;
    }
  }

  static Stream<Reference> references() {
    double lnMedian = Math.log(60e-6);
    double sigma = Math.log(250.0 / 60) / 2.3263478740408408;
    return Stream.of(
        Reference.of("exponential(mean=4ms)", new ExponentialDistribution(null, 0.004)),
        Reference.of("exponential(rate=2000/s)", new ExponentialDistribution(null, 0.0005)),
        Reference.of("uniform(1ms, 3ms)", new UniformRealDistribution(null, 0.001, 0.003)),
        Reference.of("erlang(k=3, mean=6ms)", new GammaDistribution(null, 3, 0.002)),
        Reference.of("gamma(shape=4, scale=1ms)", new GammaDistribution(null, 4, 0.001)),
        Reference.of("gamma(mean=4ms, cv=0.5)", new GammaDistribution(null, 4, 0.001)),
        Reference.of("gamma(mean=1s, cv=4)", new GammaDistribution(null, 1.0 / 16, 16)),
        Reference.of("lognormal(mu=-6, sigma=0.5)", new LogNormalDistribution(null, -6, 0.5)),
        Reference.of(
            "lognormal(median=60us, p99=250us)", new LogNormalDistribution(null, lnMedian, sigma)),
        Reference.of(
            "lognormal(mean=4ms, cv=1)",
            new LogNormalDistribution(
                null, Math.log(0.004) - Math.log(2) / 2, Math.sqrt(Math.log(2)))),
        Reference.of("weibull(shape=1.5, scale=2ms)", new WeibullDistribution(null, 1.5, 0.002)),
        Reference.of("pareto(shape=2.5, min=1ms)", new ParetoDistribution(null, 0.001, 2.5)),
        truncatedPareto(1.2, 0.001, 1),
        truncatedPareto(2, 0.001, 0.1),
        truncatedPareto(1, 0.001, 0.1),
        hyperexponential(0.004, 3));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("references")
  void quantile_isTheInverseOfTheCdf(Reference r) {
    Distribution d = Distributions.parse(r.text(), Dimension.TIME, Path.of("."));
    for (double p : PROBABILITIES) {
      assertEquals(
          p,
          r.cdf().applyAsDouble(d.quantile(p)),
          1e-9 * Math.min(p, 1 - p) + 1e-12,
          () -> r.text() + " at " + p);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("references")
  void meanAndVariance_matchTheReference(Reference r) {
    Distribution d = Distributions.parse(r.text(), Dimension.TIME, Path.of("."));
    assertEquals(r.mean(), d.mean(), 1e-12 * r.mean(), () -> r.text() + " mean");
    assertEquals(r.variance(), d.variance(), 1e-9 * r.variance(), () -> r.text() + " variance");
  }

  @Test
  void lognormalMedianP99_givesThatMedianAndP99() {
    Distribution d =
        Distributions.parse("lognormal(median=60us, p99=250us)", Dimension.TIME, Path.of("."));
    assertEquals(60e-6, d.quantile(0.5), 1e-12 * 60e-6);
    assertEquals(250e-6, d.quantile(0.99), 1e-12 * 250e-6);
  }

  /** Its second moment is checked against 2(p1 m1² + p2 m2²) with sd √((E[X⁴] − E[X²]²)/n). */
  @Test
  void hyperexponential_samplesHaveTheRequestedMeanAndCv() {
    Hyperexponential d =
        (Hyperexponential)
            Distributions.parse("hyperexponential(mean=4ms, cv=3)", Dimension.TIME, Path.of("."));
    assertEquals(0.004, d.mean(), 1e-15);
    assertEquals(3, d.cv(), 1e-12);
    assertEquals(d.p1() * d.mean1(), (1 - d.p1()) * d.mean2(), 1e-15, "balanced means");

    int n = 400_000;
    double[] x = DistributionSamplingTest.sample(d, new RandomStream(3), n);
    double m1 = Arrays.stream(x).average().orElseThrow();
    double m2 = Arrays.stream(x).map(v -> v * v).average().orElseThrow();
    double exact2 = 2 * (d.p1() * Math.pow(d.mean1(), 2) + (1 - d.p1()) * Math.pow(d.mean2(), 2));
    double exact4 = 24 * (d.p1() * Math.pow(d.mean1(), 4) + (1 - d.p1()) * Math.pow(d.mean2(), 4));
    assertEquals(d.mean(), m1, Tolerance.Z * Math.sqrt(d.variance() / n));
    assertEquals(exact2, m2, Tolerance.Z * Math.sqrt((exact4 - exact2 * exact2) / n));
  }

  @Test
  void pareto_heavyTail_hasInfiniteMomentsWithoutMax() {
    assertEquals(Double.POSITIVE_INFINITY, new Pareto(2, 1).variance());
    assertEquals(Double.POSITIVE_INFINITY, new Pareto(1, 1).mean());
    assertEquals(2.0, new Pareto(2, 1).mean(), 0);
  }

  @Test
  void gamma_smallShape_quantileKeepsRelativeAccuracy() {
    Gamma d = new Gamma(0.05, 1);
    double q = d.quantile(0.1);
    GammaDistribution reference = new GammaDistribution(null, 0.05, 1);
    assertEquals(0.1, reference.cumulativeProbability(q), 1e-10);
  }

  @Test
  void quantile_probabilityOutsideUnitInterval_refused() {
    assertThrows(IllegalArgumentException.class, () -> new Exponential(1).quantile(1.5));
    assertThrows(IllegalArgumentException.class, () -> new Exponential(1).quantile(Double.NaN));
  }

  @Test
  void quantile_atZeroAndOne_isTheSupportsEnds() {
    assertEquals(0, new Exponential(1).quantile(0), 0);
    assertEquals(Double.POSITIVE_INFINITY, new Exponential(1).quantile(1));
    assertEquals(0.001, new Pareto(1.5, 0.001, 1, "pareto").quantile(0), 0);
    assertEquals(1, new Pareto(1.5, 0.001, 1, "pareto").quantile(1), 0);
  }

  /** Bounded Pareto on [L, H]: F(x) = (1 − (L/x)^α) / (1 − (L/H)^α); moments by quadrature. */
  private static Reference truncatedPareto(double shape, double low, double high) {
    double t = Math.pow(low / high, shape);
    DoubleUnaryOperator cdf =
        x -> x < low ? 0 : x > high ? 1 : (1 - Math.pow(low / x, shape)) / (1 - t);
    DoubleUnaryOperator density =
        x -> shape * Math.pow(low, shape) / Math.pow(x, shape + 1) / (1 - t);
    double mean = integrate(x -> x * density.applyAsDouble(x), low, high);
    double second = integrate(x -> x * x * density.applyAsDouble(x), low, high);
    String text =
        "pareto(shape=" + shape + ", min=" + low * 1000 + "ms, max=" + high * 1000 + "ms)";
    return new Reference(text, cdf, mean, second - mean * mean);
  }

  /** Two exponential phases with balanced means: written out, independent of the class. */
  private static Reference hyperexponential(double mean, double cv) {
    double p1 = (1 + Math.sqrt((cv * cv - 1) / (cv * cv + 1))) / 2;
    double m1 = mean / (2 * p1);
    double m2 = mean / (2 * (1 - p1));
    DoubleUnaryOperator cdf =
        x -> p1 * (1 - Math.exp(-x / m1)) + (1 - p1) * (1 - Math.exp(-x / m2));
    return new Reference(
        "hyperexponential(mean=" + mean * 1000 + "ms, cv=" + cv + ")",
        cdf,
        mean,
        cv * cv * mean * mean);
  }

  /** Simpson's rule on a logarithmic grid, exact enough (1e-12) for the smooth densities here. */
  private static double integrate(DoubleUnaryOperator f, double a, double b) {
    int n = 20_000;
    double la = Math.log(a);
    double h = (Math.log(b) - la) / n;
    double sum = 0;
    for (int i = 0; i <= n; i++) {
      double x = Math.exp(la + i * h);
      double w = i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2;
      sum += w * f.applyAsDouble(x) * x;
    }
    return sum * h / 3;
  }
}
