package kubeplan.random;

/**
 * The sum of {@code k} exponential phases with total mean {@code mean}: coefficient of variation
 * 1/√k. Sampled exactly as {@code -(mean/k) ln(U1 · … · Uk)}, k uniforms per sample.
 */
public record Erlang(int k, double mean, String text) implements Distribution {
  /*
   * The product of k uniforms underflows for large k (each is at least 2^-53), so it is folded into
   * a running sum of logs whenever it drops below 1e-280, which keeps it a normal double.
   */
  private static final double FOLD_BELOW = 1e-280;

  /**
   * @throws IllegalArgumentException unless {@code k ≥ 1} and the mean is finite and positive
   */
  public Erlang {
    if (k < 1) {
      throw new IllegalArgumentException("erlang k must be a positive integer: " + k);
    }
    Require.positive("erlang", "mean", mean);
  }

  /** An Erlang whose text is {@code erlang(k=…, mean=…)} in base units. */
  public Erlang(int k, double mean) {
    this(k, mean, "erlang(k=" + k + ", mean=" + mean + ")");
  }

  @Override
  public double sample(RandomStream stream) {
    double logSum = 0;
    double product = 1;
    for (int i = 0; i < k; i++) {
      product *= stream.nextDouble();
      if (product < FOLD_BELOW) {
        logSum += Math.log(product);
        product = 1;
      }
    }
    return -(mean / k) * (logSum + Math.log(product));
  }

  @Override
  public double mean() {
    return mean;
  }

  @Override
  public double variance() {
    return mean * mean / k;
  }

  @Override
  public double quantile(double p) {
    Require.probability(p);
    return (mean / k) * Gamma.standardQuantile(k, p);
  }
}
