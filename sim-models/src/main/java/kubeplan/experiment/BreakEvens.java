package kubeplan.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import kubeplan.cost.BreakEven.Crossing;
import kubeplan.cost.BreakEven.Side;
import kubeplan.results.BreakEven;
import kubeplan.results.PointResults;
import kubeplan.results.SweepKey;
import kubeplan.scenario.SweepValue;

/**
 * Where, along a one-key numeric sweep, the cheaper of two exposures changes: the answer to "at
 * how many Services is one Ingress cheaper than a LoadBalancer each?".
 */
final class BreakEvens {
  private BreakEvens() {}

  static List<BreakEven> find(List<SweepKey> keys, List<PointResults> points) {
    List<BreakEven> found = new ArrayList<>();
    if (keys.size() != 1 || points.size() < 2
        || points.get(0).sweepValues().get(0).number().isEmpty()) {
      return found;
    }
    List<Double> x = points.stream()
        .map(p -> p.sweepValues().get(0).number().getAsDouble()).toList();
    int exposures = points.get(0).exposures().size();
    for (int a = 0; a < exposures; a++) {
      for (int b = a + 1; b < exposures; b++) {
        List<Double> costA = costs(points, a);
        List<Double> costB = costs(points, b);
        for (Crossing crossing : kubeplan.cost.BreakEven.find(x, costA, costB).stream()
            .toList()) {
          String nameA = points.get(0).exposures().get(a).name();
          String nameB = points.get(0).exposures().get(b).name();
          boolean aBeyond = crossing.cheaperBeyond() == Side.A;
          found.add(new BreakEven(keys.get(0).path(), "cost_per_month_usd",
              aBeyond ? nameB : nameA, aBeyond ? nameA : nameB,
              new SweepValue(String.format(Locale.ROOT, "%.4g", crossing.x()),
                  OptionalDouble.of(crossing.x()))));
        }
      }
    }
    return found;
  }

  private static List<Double> costs(List<PointResults> points, int exposure) {
    return points.stream().map(p -> p.exposures().get(exposure).costPerMonthUsd()).toList();
  }
}
