package kubeplan.results;

import java.util.OptionalDouble;

/**
 * This exposure minus the baseline exposure (the first listed) for one metric, with the CI
 * half-width of the per-replication paired differences. {@code relativeDifference} is the
 * difference over the baseline's value, empty when that value is 0.
 */
public record Difference(
    String baseline,
    DifferenceMetric metric,
    double difference,
    double differenceCi,
    OptionalDouble relativeDifference) {
  public Difference {
    Checks.nonBlank("baseline", baseline);
    Checks.finite("difference", difference);
    Checks.nonNegative("difference_ci", differenceCi);
    relativeDifference.ifPresent(value -> Checks.finite("relative_difference", value));
  }
}
