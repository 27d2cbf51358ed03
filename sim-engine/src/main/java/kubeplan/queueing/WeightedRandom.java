package kubeplan.queueing;

import kubeplan.random.RandomStream;

/** Picks each target with a fixed probability proportional to its weight. */
final class WeightedRandom implements Balancer {
  /*
   * One uniform number per choice against the cumulative weights, by binary search: O(log k) and
   * the same target for the same number whatever the order in which choices are made.
   */
  private final double[] cumulative;
  private final RandomStream stream;

  WeightedRandom(double[] weights, RandomStream stream) {
    if (weights.length == 0) {
      throw new IllegalArgumentException("a balancer needs at least one target: no weights");
    }
    this.cumulative = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
        throw new IllegalArgumentException(
            "weight " + i + " must be finite and >= 0: " + weights[i]);
      }
      sum += weights[i];
      cumulative[i] = sum;
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException("at least one weight must be > 0");
    }
    for (int i = 0; i < cumulative.length; i++) {
      cumulative[i] /= sum;
    }
    cumulative[cumulative.length - 1] = 1;
    this.stream = stream;
  }

  @Override
  public int choose(Request request) {
    double u = stream.nextDouble();
    int low = 0;
    int high = cumulative.length - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (u < cumulative[mid]) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }

  @Override
  public int targets() {
    return cumulative.length;
  }
}
