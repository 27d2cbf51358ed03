package kubeplan.results;

import kubeplan.scenario.SweepValue;

/**
 * Where two exposures swap places on a metric along a sweep key: below {@code at}, {@code
 * lowerBelow} has the lower {@code metric} (a summary.csv column); above it, {@code lowerAbove}
 * does. For example, Ingress becomes cheaper than a LoadBalancer per Service from 3.4 Services on.
 */
public record BreakEven(
    String sweepKey, String metric, String lowerBelow, String lowerAbove, SweepValue at) {
  public BreakEven {
    Checks.nonBlank("break-even sweep key", sweepKey);
    Checks.nonBlank("break-even metric", metric);
    if (at.number().isEmpty()) {
      throw new IllegalArgumentException(
          "a break-even lies between numbers, not at '" + at.text() + "'");
    }
    if (lowerBelow.equals(lowerAbove)) {
      throw new IllegalArgumentException(
          "a break-even needs two different exposures: " + lowerBelow);
    }
  }
}
