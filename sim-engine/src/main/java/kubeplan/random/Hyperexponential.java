package kubeplan.random;

import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * A mixture of two exponential phases: with probability {@code p1} a sample has mean {@code mean1},
 * otherwise {@code mean2}. Its coefficient of variation exceeds 1, so it models bursty service
 * times. Sampled by composition from one uniform: the uniform picks the phase and, rescaled,
 * inverts that phase's exponential.
 */
public record Hyperexponential(double p1, double mean1, double mean2, String text)
    implements Distribution {
  /**
   * @throws IllegalArgumentException unless p1 is in (0, 1) and both means finite and positive
   */
  public Hyperexponential {
    if (!(p1 > 0 && p1 < 1)) {
      throw new IllegalArgumentException("hyperexponential p1 must be in (0, 1): " + p1);
    }
    Require.positive("hyperexponential", "mean1", mean1);
    Require.positive("hyperexponential", "mean2", mean2);
  }

  /**
   * The two-phase hyperexponential with balanced means ({@code p1 mean1 = p2 mean2 = mean/2}) and
   * the given mean and coefficient of variation: {@code p1 = (1 + √((cv²−1)/(cv²+1)))/2}, {@code
   * mean_i = mean / (2 p_i)} (Whitt's balanced-means fit; its cv is exactly the one asked).
   *
   * @throws IllegalArgumentException unless mean is finite and positive and {@code cv > 1}
   */
  public static Hyperexponential balanced(double mean, double cv, String text) {
    Require.positive("hyperexponential", "mean", mean);
    if (!(cv > 1) || Double.isInfinite(cv)) {
      throw new IllegalArgumentException("hyperexponential cv must be greater than 1: " + cv);
    }
    double cv2 = cv * cv;
    double p1 = (1 + Math.sqrt((cv2 - 1) / (cv2 + 1))) / 2;
    return new Hyperexponential(p1, mean / (2 * p1), mean / (2 * (1 - p1)), text);
  }

  @Override
  public double sample(RandomStream stream) {
    double u = stream.nextDouble();
    if (u <= p1) {
      return -mean1 * Math.log(u / p1);
    }
    return -mean2 * Math.log((u - p1) / (1 - p1));
  }

  @Override
  public double mean() {
    return p1 * mean1 + (1 - p1) * mean2;
  }

  /** {@code 2 (p1 mean1² + p2 mean2²) − mean²}. */
  @Override
  public double variance() {
    double m = mean();
    return 2 * (p1 * mean1 * mean1 + (1 - p1) * mean2 * mean2) - m * m;
  }

  /** Solves {@code F(x) = p} with Brent's method to a relative accuracy of 1e-14. */
  @Override
  public double quantile(double p) {
    Require.probability(p);
    if (p == 0) {
      return 0;
    }
    if (p == 1) {
      return Double.POSITIVE_INFINITY;
    }
    // F(x) ≥ 1 − exp(−x / max(mean1, mean2)), so F reaches p by that exponential's p-quantile.
    double high = -Math.max(mean1, mean2) * Math.log1p(-p);
    BrentSolver solver = new BrentSolver(1e-14, high * 1e-14);
    return solver.solve(1000, x -> cdf(x) - p, 0, high);
  }

  /** {@code P(X ≤ x)}. */
  public double cdf(double x) {
    return x <= 0 ? 0 : -(p1 * Math.expm1(-x / mean1) + (1 - p1) * Math.expm1(-x / mean2));
  }
}
