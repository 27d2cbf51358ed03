package kubeplan.random;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import kubeplan.stats.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every family's samples against its exact mean and quantiles. Tolerances come from the sample
 * size: the sample mean has standard deviation {@code sd / √n}; the empirical p-quantile has
 * standard deviation about {@code √(p(1−p)/n) / f(q)} = {@code √(p(1−p)/n) · Q'(p)}, with the slope
 * {@code Q'} of the exact quantile function taken by central difference. Each check allows {@code
 * Tolerance.Z} = 4 standard deviations.
 */
class DistributionSamplingTest {
  private static final int N = 200_000;
  private static final double[] PROBABILITIES = {0.5, 0.9, 0.99};

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "exponential(mean=4ms)",
        "uniform(min=1ms, max=3ms)",
        "erlang(k=3, mean=6ms)",
        "gamma(mean=4ms, cv=0.5)",
        "gamma(mean=4ms, cv=2)",
        "lognormal(median=60us, p99=250us)",
        "lognormal(mean=4ms, cv=1.5)",
        "weibull(shape=0.7, scale=2ms)",
        "weibull(shape=3, scale=2ms)",
        "pareto(shape=2.5, min=1ms)",
        "pareto(shape=1.2, min=1ms, max=1s)",
        "hyperexponential(mean=4ms, cv=3)",
      })
  void samples_meanAndQuantiles_matchTheExactValues(String text) {
    Distribution d = Distributions.parse(text, Dimension.TIME, Path.of("."));
    double[] sample = sample(d, new RandomStreams(7, 0).stream(text), N);

    double mean = Arrays.stream(sample).average().orElseThrow();
    double meanTolerance = Tolerance.Z * Math.sqrt(d.variance() / N);
    assertEquals(d.mean(), mean, meanTolerance, () -> text + ": sample mean");

    Arrays.sort(sample);
    for (double p : PROBABILITIES) {
      double exact = d.quantile(p);
      double observed = sample[(int) Math.ceil(p * N) - 1];
      double tolerance = Tolerance.Z * Math.sqrt(p * (1 - p) / N) * slope(d, p) + 1e-12 * exact;
      assertEquals(exact, observed, tolerance, () -> text + ": sample p" + (int) (p * 100));
    }
  }

  /**
   * With k = 1000 phases the product of uniforms would underflow (it falls below 1e-280 after about
   * 645 of them), so this exercises its folding into logs; n = 4000 keeps the run short.
   */
  @Test
  void erlang_thousandPhases_meanMatches() {
    Distribution d = Distributions.parse("erlang(k=1000, mean=6ms)", Dimension.TIME, Path.of("."));
    int n = 4000;
    double mean = Arrays.stream(sample(d, new RandomStream(5), n)).average().orElseThrow();
    assertEquals(0.006, mean, Tolerance.Z * Math.sqrt(d.variance() / n));
  }

  /** Families sampled by inversion turn each uniform u into quantile(u): streams stay in step. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "exponential(mean=4ms)",
        "uniform(min=1ms, max=3ms)",
        "lognormal(median=60us, p99=250us)",
        "weibull(shape=1.5, scale=2ms)",
        "pareto(shape=1.5, min=1ms, max=1s)",
      })
  void inversionFamilies_eachSample_isTheQuantileOfOneUniform(String text) {
    Distribution d = Distributions.parse(text, Dimension.TIME, Path.of("."));
    RandomStream forSamples = new RandomStream(11);
    RandomStream forUniforms = new RandomStream(11);
    for (int i = 0; i < 1000; i++) {
      double expected = d.quantile(forUniforms.nextDouble());
      assertEquals(expected, d.sample(forSamples), 1e-13 * expected);
    }
  }

  static double[] sample(Distribution d, RandomStream stream, int n) {
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = d.sample(stream);
    }
    return values;
  }

  /** Q'(p) by central difference, step small against min(p, 1 − p). */
  static double slope(Distribution d, double p) {
    double h = 1e-4 * Math.min(p, 1 - p);
    return (d.quantile(p + h) - d.quantile(p - h)) / (2 * h);
  }
}
