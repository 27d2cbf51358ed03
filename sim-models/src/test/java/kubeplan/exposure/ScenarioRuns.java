package kubeplan.exposure;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kubeplan.results.ComponentKind;
import kubeplan.results.ExposureResults;
import kubeplan.results.Hop;
import kubeplan.results.HopResult;
import kubeplan.results.PointResults;
import kubeplan.scenario.Scenario;
import kubeplan.scenario.ScenarioException;
import kubeplan.scenario.ScenarioPoint;
import kubeplan.scenario.ScenarioReader;

/**
 * Scenario files of this package's test resources, read as users' files are, and simulated as
 * {@code kubeplan run} does: every replication of every exposure with the scenario's seed.
 */
final class ScenarioRuns {
  private ScenarioRuns() {}

  /** The scenario of every sweep point of the file {@code name}, in the sweep's order. */
  static List<Scenario> points(String name) throws ScenarioException, URISyntaxException {
    Path file = Path.of(ScenarioRuns.class.getResource(name).toURI());
    return ScenarioReader.read(file).points().stream().map(ScenarioPoint::scenario).toList();
  }

  /** Replication r of exposure e of {@code scenario} at {@code runs.get(r).get(e)}. */
  static List<List<ReplicationOutcome>> replicate(PointModel model, Scenario scenario) {
    List<List<ReplicationOutcome>> runs = new ArrayList<>();
    for (int r = 0; r < scenario.run().replications(); r++) {
      runs.add(model.replicate(scenario.seed(), r));
    }
    return runs;
  }

  /**
   * Per replication of sweep point {@code point} of the file {@code name}, its first exposure's
   * requests served and the utilisation of each of its pods.
   */
  static List<PodLoads> podLoads(String name, int point)
      throws ScenarioException, URISyntaxException {
    Scenario scenario = points(name).get(point);
    return replicate(PointModel.of(scenario), scenario).stream()
        .map(replication -> replication.get(0))
        .map(outcome -> new PodLoads(outcome.requests().succeeded, outcome.stations().stream()
            .filter(station -> station.kind() == ComponentKind.POD)
            .map(station -> station.statistics().utilisation()).toList()))
        .toList();
  }

  /** One replication's requests served and its pods' utilisations, in the pods' order. */
  record PodLoads(long served, List<Double> utilisations) {}

  /** Every replication of every exposure of {@code scenario}, assembled into its results. */
  static PointResults results(Scenario scenario) {
    PointModel model = PointModel.of(scenario);
    return model.results(0, List.of(), replicate(model, scenario), List.of());
  }

  /** The results of the exposure named {@code name}. */
  static ExposureResults exposure(PointResults point, String name) {
    return point.exposures().stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no exposure named " + name));
  }

  /** The hops.csv row of {@code hop} for {@code exposure}. */
  static HopResult hop(ExposureResults exposure, Hop hop) {
    return exposure.hops().stream().filter(h -> h.hop() == hop).findFirst().orElseThrow();
  }

  /** Successful measured requests of {@code exposure} over all its replications. */
  static long succeeded(ExposureResults exposure, Scenario scenario) {
    return Math.round(exposure.summary().throughputRps() * exposure.summary().replications()
        * scenario.run().duration().toNanos() / 1e9);
  }
}
