package kubeplan.random;

import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * Gamma with {@code shape} k and {@code scale} θ: mean kθ, variance kθ², coefficient of variation
 * 1/√k. Sampled by Marsaglia and Tsang's squeeze method [1], exact for every shape; it uses a
 * variable number of uniforms (two per try, and at least 95 % of tries succeed for k ≥ 1).
 *
 * <p>[1] G. Marsaglia, W. W. Tsang, A simple method for generating gamma variables, ACM TOMS 26(3),
 * 2000, pp. 363–372.
 */
public record Gamma(double shape, double scale, String text) implements Distribution {
  /**
   * @throws IllegalArgumentException unless both are finite and positive
   */
  public Gamma {
    Require.positive("gamma", "shape", shape);
    Require.positive("gamma", "scale", scale);
  }

  /** A gamma whose text is {@code gamma(shape=…, scale=…)} in base units. */
  public Gamma(double shape, double scale) {
    this(shape, scale, "gamma(shape=" + shape + ", scale=" + scale + ")");
  }

  @Override
  public double sample(RandomStream stream) {
    return scale * standardSample(shape, stream);
  }

  @Override
  public double mean() {
    return shape * scale;
  }

  @Override
  public double variance() {
    return shape * scale * scale;
  }

  @Override
  public double quantile(double p) {
    Require.probability(p);
    return scale * standardQuantile(shape, p);
  }

  /** A sample of gamma(shape, 1). */
  static double standardSample(double shape, RandomStream stream) {
    if (shape < 1) {
      // Gamma(k) = Gamma(k + 1) * U^(1/k) (Marsaglia and Tsang, section 6), in logs so that small
      // shapes do not underflow before the multiplication.
      double boosted = standardSample(shape + 1, stream);
      return Math.exp(Math.log(boosted) + Math.log(stream.nextDouble()) / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = StandardNormal.quantile(stream.nextDouble());
      double t = 1 + c * x;
      if (t <= 0) {
        continue;
      }
      double v = t * t * t;
      double u = stream.nextDouble();
      double x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
        return d * v;
      }
    }
  }

  /*
   * The quantile solves P(k, x) = p, P the regularised lower incomplete gamma function of Commons
   * Math, for y = ln x with Brent's method: working in logs keeps the relative accuracy at 1e-14
   * even for small shapes, whose lower quantiles are far below 1.
   */
  static double standardQuantile(double shape, double p) {
    if (p == 0) {
      return 0;
    }
    if (p == 1) {
      return Double.POSITIVE_INFINITY;
    }
    double low = Math.log(Double.MIN_NORMAL);
    double high = Math.log(shape + 10 * Math.sqrt(shape) + 40);
    while (lowerRegularized(shape, Math.exp(high)) < p) {
      high += 1;
    }
    if (lowerRegularized(shape, Math.exp(low)) >= p) {
      return Math.exp(low);
    }
    BrentSolver solver = new BrentSolver(1e-14, 1e-14);
    double y = solver.solve(1000, z -> lowerRegularized(shape, Math.exp(z)) - p, low, high);
    return Math.exp(y);
  }

  /** P(k, x), the regularised lower incomplete gamma function (the gamma(k, 1) CDF). */
  static double lowerRegularized(double shape, double x) {
    return org.apache.commons.math3.special.Gamma.regularizedGammaP(shape, x);
  }
}
