package kubeplan.random;

/**
 * Memoryless waiting times: {@code P(X > x) = exp(-x / mean)}. Sampled by inversion, {@code -mean
 * ln(1 − U)}; {@code 1 − U} is exact for the stream's uniforms and never 0.
 */
public record Exponential(double mean, String text) implements Distribution {
  /**
   * @throws IllegalArgumentException unless {@code mean} is finite and positive
   */
  public Exponential {
    Require.positive("exponential", "mean", mean);
  }

  /** An exponential whose text is {@code exponential(mean=…)} in base units. */
  public Exponential(double mean) {
    this(mean, "exponential(mean=" + mean + ")");
  }

  @Override
  public double sample(RandomStream stream) {
    return -mean * Math.log(1 - stream.nextDouble());
  }

  @Override
  public double mean() {
    return mean;
  }

  @Override
  public double variance() {
    return mean * mean;
  }

  @Override
  public double quantile(double p) {
    Require.probability(p);
    return -mean * Math.log1p(-p);
  }
}
