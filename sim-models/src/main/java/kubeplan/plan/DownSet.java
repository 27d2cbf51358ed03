package kubeplan.plan;

import java.util.function.Predicate;

/**
 * Counts the points of a box of whole numbers at which a condition holds that, once false, stays
 * false as any coordinate grows (a down-set): e.g. the configurations whose pods fit in a node
 * limit. Whole sub-boxes are counted at once, so the work follows the boundary, not the volume.
 */
final class DownSet {
  private DownSet() {}

  /**
   * The points {@code p} with {@code low[i] <= p[i] <= high[i]} at which {@code holds} is true.
   * {@code holds} is called with one array that this reuses; it must not keep it.
   */
  static long count(int[] low, int[] high, Predicate<int[]> holds) {
    return count(low, high, holds, low.clone(), 0);
  }

  private static long count(int[] low, int[] high, Predicate<int[]> holds, int[] point, int from) {
    if (from == low.length) {
      return holds.test(point) ? 1 : 0;
    }
    System.arraycopy(high, from, point, from, high.length - from);
    if (holds.test(point)) {
      long all = 1;
      for (int i = from; i < low.length; i++) {
        all *= high[i] - low[i] + 1;
      }
      return all;
    }
    long count = 0;
    for (int value = low[from]; value <= high[from]; value++) {
      System.arraycopy(low, from, point, from, low.length - from);
      point[from] = value;
      if (!holds.test(point)) {
        break;
      }
      count += count(low, high, holds, point, from + 1);
    }
    return count;
  }
}
