package kubeplan.random;

/**
 * A value whose logarithm is normal with mean {@code mu} and standard deviation {@code sigma} (of
 * the log of the value in base units). Sampled by inversion: {@code exp(mu + sigma Φ⁻¹(U))}.
 */
public record Lognormal(double mu, double sigma, String text) implements Distribution {
  /**
   * @throws IllegalArgumentException unless {@code mu} is finite and {@code sigma} positive
   */
  public Lognormal {
    if (!Double.isFinite(mu)) {
      throw new IllegalArgumentException("lognormal mu must be finite: " + mu);
    }
    Require.positive("lognormal", "sigma", sigma);
  }

  /** A lognormal whose text is {@code lognormal(mu=…, sigma=…)}. */
  public Lognormal(double mu, double sigma) {
    this(mu, sigma, "lognormal(mu=" + mu + ", sigma=" + sigma + ")");
  }

  /**
   * The lognormal with this mean and coefficient of variation: {@code sigma² = ln(1 + cv²)}, {@code
   * mu = ln(mean) − sigma²/2}.
   */
  public static Lognormal ofMeanCv(double mean, double cv, String text) {
    double sigma2 = Math.log1p(cv * cv);
    return new Lognormal(Math.log(mean) - sigma2 / 2, Math.sqrt(sigma2), text);
  }

  /**
   * The lognormal with this median and 99th percentile: {@code mu = ln(median)}, {@code sigma =
   * ln(p99/median) / z_0.99}.
   */
  public static Lognormal ofMedianP99(double median, double p99, String text) {
    return new Lognormal(Math.log(median), Math.log(p99 / median) / StandardNormal.Z_99, text);
  }

  @Override
  public double sample(RandomStream stream) {
    return Math.exp(mu + sigma * StandardNormal.quantile(stream.nextDouble()));
  }

  @Override
  public double mean() {
    return Math.exp(mu + sigma * sigma / 2);
  }

  @Override
  public double variance() {
    double s2 = sigma * sigma;
    return Math.expm1(s2) * Math.exp(2 * mu + s2);
  }

  @Override
  public double quantile(double p) {
    Require.probability(p);
    if (p == 0) {
      return 0;
    }
    if (p == 1) {
      return Double.POSITIVE_INFINITY;
    }
    return Math.exp(mu + sigma * StandardNormal.quantile(p));
  }
}
