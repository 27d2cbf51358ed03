package kubeplan.experiment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kubeplan.exposure.PointModel;
import kubeplan.exposure.ReplicationOutcome;
import kubeplan.replication.Precision;
import kubeplan.replication.Replications;
import kubeplan.results.FileDigest;
import kubeplan.results.PointResults;
import kubeplan.results.Reproducibility;
import kubeplan.results.Slo;
import kubeplan.results.ScenarioResults;
import kubeplan.results.ScenarioSource;
import kubeplan.results.SweepKey;
import kubeplan.cluster.UnschedulablePodException;
import kubeplan.scenario.Problem;
import kubeplan.scenario.RunSpec;
import kubeplan.scenario.ScenarioException;
import kubeplan.scenario.Scenario;
import kubeplan.scenario.ScenarioFile;
import kubeplan.scenario.ScenarioPoint;

/**
 * Runs one scenario file: every sweep point × exposure × replication, on a pool of threads, and
 * assembles the results. The results are the same for any number of threads: each replication
 * is a function of (seed, replication index) alone, and they are gathered in index order.
 */
public final class Experiment {
  private Experiment() {}

  /**
   * Simulates every point of {@code file} with the command line's overrides applied.
   *
   * @throws ScenarioException when a point cannot be built (e.g. pods that fit on no node)
   * @throws java.util.concurrent.CancellationException when the calling thread is interrupted
   */
  public static ScenarioResults run(ScenarioFile file, RunOptions options,
      ProgressListener progress) throws ScenarioException {
    Instant started = Instant.now();
    long startNanos = System.nanoTime();
    List<Scenario> scenarios = new ArrayList<>();
    List<PointModel> models = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (ScenarioPoint point : file.points()) {
      Scenario scenario = Overrides.apply(point.scenario(), options);
      PointModel model = build(file, point, scenario);
      scenarios.add(scenario);
      models.add(model);
      for (String warning : model.warnings()) {
        warnings.add(pointLabel(file, point) + warning);
      }
    }
    Scenario first = scenarios.get(0);
    boolean sequential = first.run().precision().isPresent() && options.replications().isEmpty();
    long planned = 0;
    for (int p = 0; p < models.size(); p++) {
      planned += (long) planned(scenarios.get(p), sequential) * models.get(p).exposures();
    }
    progress.planned(planned);

    List<PointResults> points = new ArrayList<>();
    for (int p = 0; p < models.size(); p++) {
      ScenarioPoint point = file.points().get(p);
      List<List<ReplicationOutcome>> runs = sequential
          ? sequential(scenarios.get(p), models.get(p), options.threads(), progress)
          : fixed(scenarios.get(p), models.get(p), options.threads(), progress);
      points.add(models.get(p).results(point.index(),
          List.copyOf(point.values().values()), runs,
          Slo.of(scenarios.get(p).slo()).targets()));
      for (String warning : models.get(p).costWarnings(runs.get(0))) {
        if (!warnings.contains(warning)) {
          warnings.add(warning);
        }
      }
    }
    List<SweepKey> keys = file.sweepKeys().stream()
        .map(key -> new SweepKey(key, Optional.empty())).toList();
    return new ScenarioResults(first.name(), first.description(), source(file), first.seed(),
        first.run(), keys, points, Slo.of(first.slo()), BreakEvens.find(keys, points), warnings,
        new Reproducibility(Version.current(), options.commandLine(), options.threads(), started,
            Duration.ofNanos(System.nanoTime() - startNanos)));
  }

  /*
   * Points run one after another, each point's replications in parallel, and a point's
   * replications are turned into its results before the next point starts: memory holds one
   * point's replications at a time, however long the sweep.
   */

  private static int planned(Scenario scenario, boolean sequential) {
    return sequential
        ? scenario.run().precision().orElseThrow().maxReplications()
        : scenario.run().replications();
  }

  /** The point's fixed number of replications, on the pool. */
  private static List<List<ReplicationOutcome>> fixed(Scenario scenario, PointModel model,
      int threads, ProgressListener progress) {
    return Replications.run(scenario.run().replications(), threads, r -> {
      List<ReplicationOutcome> outcome = model.replicate(scenario.seed(), r);
      progress.completed(outcome.size());
      return outcome;
    });
  }

  /**
   * Sequential stopping ({@code run.precision}): replications are added until the baseline
   * exposure's metric has the relative CI half-width asked for, or the maximum is reached.
   */
  private static List<List<ReplicationOutcome>> sequential(Scenario scenario, PointModel model,
      int threads, ProgressListener progress) {
    RunSpec.Precision precision = scenario.run().precision().orElseThrow();
    Precision target = new Precision(precision.relativeHalfWidth(), scenario.run().confidence(),
        Math.min(scenario.run().replications(), precision.maxReplications()),
        precision.maxReplications());
    var metric = PrecisionMetric.of(precision.metric());
    var run = Replications.runUntil(target, threads, r -> {
      List<ReplicationOutcome> outcome = model.replicate(scenario.seed(), r);
      progress.completed(outcome.size());
      return outcome;
    }, outcome -> metric.applyAsDouble(outcome.get(0)));
    progress.completed((long) (precision.maxReplications() - run.replications().size())
        * model.exposures());
    return run.replications();
  }

  /**
   * The point's model, or the reason the cluster cannot hold it (pods that fit on no node, an
   * unknown node type) as a refused input, so the command exits 2 having written nothing.
   */
  private static PointModel build(ScenarioFile file, ScenarioPoint point, Scenario scenario)
      throws ScenarioException {
    try {
      return PointModel.of(scenario);
    } catch (IllegalArgumentException | UnschedulablePodException e) {
      String where = file.points().size() == 1 ? "" : " (sweep point " + point.index() + ")";
      throw new ScenarioException(List.of(new Problem(file.source(), 1, 1, "cluster",
          e.getMessage() + where)));
    }
  }

  private static String pointLabel(ScenarioFile file, ScenarioPoint point) {
    return file.points().size() == 1 ? "" : "point " + point.index() + ": ";
  }

  private static ScenarioSource source(ScenarioFile file) {
    return new ScenarioSource(new FileDigest(file.source().toString(), file.sha256()),
        file.manifests().stream()
            .map(m -> new FileDigest(m.path().toString(), m.sha256())).toList());
  }
}
