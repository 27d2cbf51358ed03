package kubeplan.random;

/** Memoryless waiting times: {@code P(X > x) = exp(-x / mean)}. Sampled by inversion. */
public record Exponential(double mean, String text) implements Distribution {
  /** @throws IllegalArgumentException unless {@code mean} is finite and positive */
  public Exponential {
    Distribution.checkPositive("exponential", "mean", mean);
  }

  /** An exponential whose text is {@code exponential(mean=…)} in base units. */
  public Exponential(double mean) {
    this(mean, "exponential(mean=" + mean + ")");
  }

  @Override
  public double sample(RandomStream stream) {
    return -mean * Math.log(stream.nextDouble());
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
    Distribution.checkProbability(p);
    return -mean * Math.log1p(-p);
  }
}
