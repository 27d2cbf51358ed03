package kubeplan.results;

import java.util.List;
import java.util.regex.Pattern;
import kubeplan.scenario.RunSpec;

/**
 * The complete results of one scenario file's run: what was run and how (the seed and the run
 * settings as the scenario resolved them), every sweep point with every exposure, the SLO they were
 * judged against, break-even points found along the sweep, warnings for the reader (an overloaded
 * station, a collapsed sweep point) and what is needed to reproduce the run. Reports only format
 * this; they compute nothing.
 */
public record ScenarioResults(
    String name,
    String description,
    ScenarioSource source,
    long seed,
    RunSpec run,
    List<SweepKey> sweepKeys,
    List<PointResults> points,
    Slo slo,
    List<BreakEven> breakEvens,
    List<String> warnings,
    Reproducibility reproducibility) {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

  public ScenarioResults {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("scenario name must match " + NAME + ": " + name);
    }
    sweepKeys = List.copyOf(sweepKeys);
    points = List.copyOf(points);
    breakEvens = List.copyOf(breakEvens);
    warnings = List.copyOf(warnings);
    Checks.unique("sweep keys", sweepKeys, SweepKey::path);
    checkPoints(sweepKeys, points, slo);
    checkBreakEvens(sweepKeys, points.get(0), breakEvens);
  }

  /** True when the scenario has a {@code sweep:}. */
  public boolean swept() {
    return !sweepKeys.isEmpty();
  }

  /** The exposures' names in the order of the scenario file, the same at every point. */
  public List<String> exposureNames() {
    return points.get(0).exposures().stream().map(ExposureResults::name).toList();
  }

  private static void checkPoints(List<SweepKey> keys, List<PointResults> points, Slo slo) {
    if (points.isEmpty()) {
      throw new IllegalArgumentException("scenario results need at least one point");
    }
    if (keys.isEmpty() && points.size() != 1) {
      throw new IllegalArgumentException(
          "without sweep keys there is exactly one point, not " + points.size());
    }
    List<String> exposures = names(points.get(0));
    for (int i = 0; i < points.size(); i++) {
      PointResults point = points.get(i);
      if (point.index() != i) {
        throw new IllegalArgumentException("point " + i + " has index " + point.index());
      }
      if (point.sweepValues().size() != keys.size()) {
        throw new IllegalArgumentException(
            "point "
                + i
                + " has "
                + point.sweepValues().size()
                + " sweep values for "
                + keys.size()
                + " sweep keys");
      }
      if (!names(point).equals(exposures)) {
        throw new IllegalArgumentException(
            "point " + i + " has exposures " + names(point) + ", point 0 has " + exposures);
      }
      for (ExposureResults exposure : point.exposures()) {
        List<SloTarget> judged = exposure.sloChecks().stream().map(SloCheck::target).toList();
        if (!judged.equals(slo.targets())) {
          throw new IllegalArgumentException(
              "exposure "
                  + exposure.name()
                  + " at point "
                  + i
                  + " was judged against "
                  + judged
                  + ", the SLO is "
                  + slo.targets());
        }
      }
    }
  }

  private static void checkBreakEvens(
      List<SweepKey> keys, PointResults first, List<BreakEven> breakEvens) {
    List<String> exposures = names(first);
    for (BreakEven breakEven : breakEvens) {
      if (keys.stream().noneMatch(key -> key.path().equals(breakEven.sweepKey()))) {
        throw new IllegalArgumentException(
            "break-even along " + breakEven.sweepKey() + ", which is not a sweep key");
      }
      for (String exposure : List.of(breakEven.lowerBelow(), breakEven.lowerAbove())) {
        if (!exposures.contains(exposure)) {
          throw new IllegalArgumentException(
              "break-even names exposure " + exposure + ", which is not one of " + exposures);
        }
      }
    }
  }

  private static List<String> names(PointResults point) {
    return point.exposures().stream().map(ExposureResults::name).toList();
  }
}
