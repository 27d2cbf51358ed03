package kubeplan.results;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kubeplan.scenario.SweepValue;

/**
 * One sweep point: its 0-based index in row-major order of the sweep keys (0 without a sweep), the
 * value of each key in the order of the keys, and the results of every exposure in the order of the
 * scenario file; the first exposure is the baseline of the differences.
 */
public record PointResults(
    int index, List<SweepValue> sweepValues, List<ExposureResults> exposures) {
  public PointResults {
    if (index < 0) {
      throw new IllegalArgumentException("point index must be >= 0: " + index);
    }
    sweepValues = List.copyOf(sweepValues);
    exposures = List.copyOf(exposures);
    if (exposures.isEmpty()) {
      throw new IllegalArgumentException("point " + index + " has no exposure results");
    }
    Checks.unique("exposures of point " + index, exposures, ExposureResults::name);
    if (!exposures.get(0).differences().isEmpty()) {
      throw new IllegalArgumentException(
          "the baseline exposure "
              + exposures.get(0).name()
              + " of point "
              + index
              + " must have no differences against itself");
    }
  }

  /** The exposure every other one is compared with. */
  public ExposureResults baseline() {
    return exposures.get(0);
  }

  /** The exposure with the lowest monthly cost among those that meet the SLO, if any does. */
  public Optional<ExposureResults> cheapestMeetingSlo() {
    return exposures.stream()
        .filter(ExposureResults::sloMet)
        .min(Comparator.comparingDouble(ExposureResults::costPerMonthUsd));
  }
}
