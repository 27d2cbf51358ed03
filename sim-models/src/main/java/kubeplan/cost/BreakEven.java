package kubeplan.cost;

import java.util.List;
import java.util.Optional;

/**
 * Finds where, along a swept parameter, one exposure's cost crosses another's: for example the
 * number of Services at which one shared Ingress becomes cheaper than a LoadBalancer per Service.
 */
public final class BreakEven {
  /*
   * The crossing lies between the last sweep point where one side is cheaper and the next point
   * where the other is. Between them it is placed by linear interpolation of the difference
   * a(x) - b(x). That is exact when both costs are affine in x between the two points, because
   * their difference is then affine and vanishes where its chord does. Costs are affine in the
   * number of Services: a LoadBalancer per Service adds one load balancer's hours per Service,
   * and capacity units of traffic spread evenly over n load balancers sum to the same total for
   * every n (each pays 1/n of the largest dimension), while a shared Ingress keeps one load
   * balancer. Node counts move in whole nodes, so where the sweep makes the node count step
   * between two points the interpolated crossing is only as fine as the sweep.
   */

  private BreakEven() {}

  /** Which of the two series is cheaper. */
  public enum Side {
    A,
    B
  }

  /**
   * Where the costs cross.
   *
   * @param x the parameter value at which they are equal
   * @param usd the cost both have there (interpolated)
   * @param cheaperBeyond the series that is cheaper for larger x
   */
  public record Crossing(double x, double usd, Side cheaperBeyond) {
    /**
     * The smallest whole number above {@code x}: for a count such as the number of Services, the
     * first count at which {@code cheaperBeyond} is strictly cheaper (costs affine in the count).
     */
    public long firstWholeNumberBeyond() {
      return (long) Math.floor(x) + 1;
    }
  }

  /**
   * The first crossing of two cost series over the same sweep.
   *
   * @param x the swept values, strictly increasing
   * @param costA the first exposure's cost at each value
   * @param costB the second exposure's cost at each value
   * @return the first point where the cheaper series changes; empty when one is never cheaper than
   *     the other after having been dearer (including when they are equal everywhere)
   * @throws IllegalArgumentException when the lists differ in size, hold fewer than two points, are
   *     not finite or {@code x} is not strictly increasing
   */
  public static Optional<Crossing> find(List<Double> x, List<Double> costA, List<Double> costB) {
    requireSeries(x, costA, costB);
    int previous = -1;
    for (int i = 0; i < x.size(); i++) {
      double difference = costA.get(i) - costB.get(i);
      if (difference == 0) {
        continue;
      }
      if (previous >= 0 && Math.signum(difference) != Math.signum(diff(costA, costB, previous))) {
        return Optional.of(crossing(x, costA, costB, previous, i));
      }
      previous = i;
    }
    return Optional.empty();
  }

  private static Crossing crossing(
      List<Double> x, List<Double> costA, List<Double> costB, int before, int after) {
    Side cheaperBeyond = diff(costA, costB, after) < 0 ? Side.A : Side.B;
    if (after > before + 1) {
      int firstEqual = before + 1;
      return new Crossing(x.get(firstEqual), costA.get(firstEqual), cheaperBeyond);
    }
    double dBefore = diff(costA, costB, before);
    double dAfter = diff(costA, costB, after);
    double t = dBefore / (dBefore - dAfter);
    double at = x.get(before) + t * (x.get(after) - x.get(before));
    double usd = costA.get(before) + t * (costA.get(after) - costA.get(before));
    return new Crossing(at, usd, cheaperBeyond);
  }

  private static double diff(List<Double> costA, List<Double> costB, int i) {
    return costA.get(i) - costB.get(i);
  }

  private static void requireSeries(List<Double> x, List<Double> costA, List<Double> costB) {
    if (x.size() != costA.size() || x.size() != costB.size()) {
      throw new IllegalArgumentException(
          "break-even series differ in size: x "
              + x.size()
              + ", costA "
              + costA.size()
              + ", costB "
              + costB.size());
    }
    if (x.size() < 2) {
      throw new IllegalArgumentException("break-even needs at least two sweep points: " + x);
    }
    for (int i = 0; i < x.size(); i++) {
      requireFinite("x", i, x.get(i));
      requireFinite("costA", i, costA.get(i));
      requireFinite("costB", i, costB.get(i));
      if (i > 0 && !(x.get(i) > x.get(i - 1))) {
        throw new IllegalArgumentException(
            "break-even x must be strictly increasing: x["
                + (i - 1)
                + "] = "
                + x.get(i - 1)
                + ", x["
                + i
                + "] = "
                + x.get(i));
      }
    }
  }

  private static void requireFinite(String series, int i, Double value) {
    if (value == null || !Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "break-even " + series + "[" + i + "] must be a finite number: " + value);
    }
  }
}
