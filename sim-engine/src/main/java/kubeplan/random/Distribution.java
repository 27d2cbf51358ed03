package kubeplan.random;

/**
 * A probability distribution of non-random parameters, in base units (seconds for durations, bytes
 * for sizes, plain numbers otherwise), that draws its samples from a {@link RandomStream} given at
 * each call, so that which stream feeds which source stays the caller's decision.
 *
 * <p>Every family samples exactly; most by inversion with one uniform per sample, so that two
 * variants of a model that change a parameter still consume their streams in step.
 */
public sealed interface Distribution
    permits Constant,
        Exponential,
        Uniform,
        Erlang,
        Gamma,
        Lognormal,
        Weibull,
        Pareto,
        Hyperexponential,
        Empirical {

  /** One sample; allocation-free. */
  double sample(RandomStream stream);

  /** The expected value. */
  double mean();

  /** The variance; {@link Double#POSITIVE_INFINITY} where it does not exist (Pareto, shape ≤ 2). */
  double variance();

  /**
   * The exact inverse of the cumulative distribution function: the smallest {@code x} with {@code
   * P(X ≤ x) ≥ p}.
   *
   * @throws IllegalArgumentException if {@code p} is outside {@code [0, 1]}
   */
  double quantile(double p);

  /** The canonical text this distribution was parsed from, e.g. {@code exponential(mean=4ms)}. */
  String text();

  /** The coefficient of variation: standard deviation over mean. */
  default double cv() {
    return Math.sqrt(variance()) / mean();
  }
}
