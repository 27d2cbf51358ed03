package kubeplan.random;

import java.util.Arrays;

/**
 * A distribution given by points of its CDF, {@code P(X ≤ values[i]) = probabilities[i]}, with
 * linear interpolation between them. Sampled by inversion.
 *
 * @param values non-decreasing; equal neighbours put a step (an atom) in the CDF
 * @param probabilities strictly increasing from 0 to 1, one per value
 */
public record Empirical(double[] values, double[] probabilities, String text)
    implements Distribution {
  /**
   * @throws IllegalArgumentException if the points do not form a CDF as described
   */
  public Empirical {
    if (values.length != probabilities.length || values.length < 2) {
      throw new IllegalArgumentException(
          "empirical needs at least 2 points and one probability per value: "
              + values.length
              + " values, "
              + probabilities.length
              + " probabilities");
    }
    values = values.clone();
    probabilities = probabilities.clone();
    if (probabilities[0] != 0 || probabilities[probabilities.length - 1] != 1) {
      throw new IllegalArgumentException("empirical probabilities must run from 0 to 1");
    }
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException("empirical value " + i + " is not finite");
      }
      if (i > 0 && !(values[i] >= values[i - 1] && probabilities[i] > probabilities[i - 1])) {
        throw new IllegalArgumentException(
            "empirical values must not decrease and probabilities must increase, at point " + i);
      }
    }
  }

  /**
   * The continuous empirical distribution of a sample: sorted, the i-th of n values (from 0) gets
   * probability i/(n−1), so the CDF runs from the smallest value to the largest (Law and Kelton,
   * Simulation Modeling and Analysis, section 6.2.4). A single value gives a constant.
   *
   * @throws IllegalArgumentException if the sample is empty or has a value that is not finite
   */
  public static Empirical ofSample(double[] sample, String text) {
    if (sample.length == 0) {
      throw new IllegalArgumentException("empirical needs at least one value");
    }
    double[] sorted = sample.length == 1 ? new double[] {sample[0], sample[0]} : sample.clone();
    Arrays.sort(sorted);
    double[] probabilities = new double[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      probabilities[i] = (double) i / (sorted.length - 1);
    }
    return new Empirical(sorted, probabilities, text);
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  @Override
  public double[] probabilities() {
    return probabilities.clone();
  }

  @Override
  public double sample(RandomStream stream) {
    return interpolate(stream.nextDouble());
  }

  /** Each segment is uniform on its span: its mean weighted by its probability. */
  @Override
  public double mean() {
    double sum = 0;
    for (int i = 1; i < values.length; i++) {
      sum += (probabilities[i] - probabilities[i - 1]) * (values[i - 1] + values[i]) / 2;
    }
    return sum;
  }

  /** {@code E[X²] − mean²}, each segment uniform on [a, b] contributing (a² + ab + b²)/3. */
  @Override
  public double variance() {
    double m = mean();
    double second = 0;
    for (int i = 1; i < values.length; i++) {
      double a = values[i - 1] - m;
      double b = values[i] - m;
      second += (probabilities[i] - probabilities[i - 1]) * (a * a + a * b + b * b) / 3;
    }
    return second;
  }

  @Override
  public double quantile(double p) {
    Require.probability(p);
    return interpolate(p);
  }

  private double interpolate(double p) {
    int i = Arrays.binarySearch(probabilities, p);
    if (i >= 0) {
      return values[i];
    }
    int upper = -i - 1;
    int lower = upper - 1;
    double w = (p - probabilities[lower]) / (probabilities[upper] - probabilities[lower]);
    return values[lower] + w * (values[upper] - values[lower]);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Empirical e
        && Arrays.equals(values, e.values)
        && Arrays.equals(probabilities, e.probabilities)
        && text.equals(e.text);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(values) + Arrays.hashCode(probabilities)) + text.hashCode();
  }

  @Override
  public String toString() {
    return "Empirical[" + text + ", " + values.length + " points]";
  }
}
