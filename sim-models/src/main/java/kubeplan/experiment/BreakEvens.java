package kubeplan.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kubeplan.results.BreakEven;
import kubeplan.results.ExposureResults;
import kubeplan.results.PointResults;
import kubeplan.results.SweepKey;
import kubeplan.results.SweepValue;

/**
 * Where, along a one-key numeric sweep, the cheapest of two exposures changes: the answer to
 * "at how many Services is one Ingress cheaper than a LoadBalancer each?".
 */
final class BreakEvens {
  private BreakEvens() {}

  /*
   * Between consecutive points whose cost order differs, the crossing is interpolated linearly:
   * exact when both costs are affine in the swept value between the two points, as per-Service
   * LB fees and shared-LB costs are in the number of Services.
   */
  static List<BreakEven> find(List<SweepKey> keys, List<PointResults> points) {
    List<BreakEven> found = new ArrayList<>();
    if (keys.size() != 1 || points.size() < 2
        || !(points.get(0).sweepValues().get(0) instanceof SweepValue.Quantity)) {
      return found;
    }
    int exposures = points.get(0).exposures().size();
    for (int a = 0; a < exposures; a++) {
      for (int b = a + 1; b < exposures; b++) {
        for (int p = 1; p < points.size(); p++) {
          double x0 = quantity(points.get(p - 1));
          double x1 = quantity(points.get(p));
          double d0 = cost(points.get(p - 1), a) - cost(points.get(p - 1), b);
          double d1 = cost(points.get(p), a) - cost(points.get(p), b);
          if (d0 != 0 && d1 != 0 && Math.signum(d0) != Math.signum(d1)) {
            double at = x0 + (x1 - x0) * d0 / (d0 - d1);
            String cheaperBelow = name(points.get(p - 1), d0 < 0 ? a : b);
            String cheaperAbove = name(points.get(p), d1 < 0 ? a : b);
            found.add(new BreakEven(keys.get(0).path(), "cost_per_month_usd", cheaperBelow,
                cheaperAbove, new SweepValue.Quantity(at, String.format(Locale.ROOT, "%.3g",
                    at))));
          }
        }
      }
    }
    return found;
  }

  private static double quantity(PointResults point) {
    return ((SweepValue.Quantity) point.sweepValues().get(0)).value();
  }

  private static double cost(PointResults point, int exposure) {
    return point.exposures().get(exposure).costPerMonthUsd();
  }

  private static String name(PointResults point, int exposure) {
    ExposureResults results = point.exposures().get(exposure);
    return results.name();
  }
}
