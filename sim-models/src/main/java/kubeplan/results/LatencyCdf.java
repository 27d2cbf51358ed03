package kubeplan.results;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The pooled latency distribution of successful requests at the fixed fractions of outputs.md: 0 to
 * 0.99 in steps of 0.005, then 0.995, 0.999, 0.9995, 0.9999 and 1 (the maximum).
 */
public record LatencyCdf(List<CdfPoint> points) {
  /** The cumulative fractions every CDF is reported at, in order. */
  public static final List<Double> FRACTIONS = fractions();

  public LatencyCdf {
    points = List.copyOf(points);
    if (points.size() != FRACTIONS.size()) {
      throw new IllegalArgumentException(
          "a latency CDF has "
              + FRACTIONS.size()
              + " points (LatencyCdf.FRACTIONS), not "
              + points.size());
    }
    for (int i = 0; i < points.size(); i++) {
      CdfPoint point = points.get(i);
      if (point.cumulativeFraction() != FRACTIONS.get(i)) {
        throw new IllegalArgumentException(
            "CDF point "
                + i
                + " must be at fraction "
                + FRACTIONS.get(i)
                + ": "
                + point.cumulativeFraction());
      }
      if (i > 0 && point.latencyMs() < points.get(i - 1).latencyMs()) {
        throw new IllegalArgumentException(
            "CDF latencies must not decrease: " + points.get(i - 1) + " then " + point);
      }
    }
  }

  private static List<Double> fractions() {
    List<Double> fractions = new ArrayList<>();
    for (int step = 0; step <= 198; step++) {
      fractions.add(step / 200.0);
    }
    Collections.addAll(fractions, 0.995, 0.999, 0.9995, 0.9999, 1.0);
    return List.copyOf(fractions);
  }
}
