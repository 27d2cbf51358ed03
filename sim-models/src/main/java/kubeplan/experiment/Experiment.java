package kubeplan.experiment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
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
    if (sequential) {
      for (int p = 0; p < models.size(); p++) {
        assemble(file, p, scenarios.get(p), models.get(p),
            sequential(scenarios.get(p), models.get(p), options.threads(), progress), points,
            warnings);
      }
    } else {
      fixed(file, scenarios, models, options.threads(), progress, points, warnings);
    }
    List<SweepKey> keys = file.sweepKeys().stream()
        .map(key -> new SweepKey(key, Optional.empty())).toList();
    return new ScenarioResults(first.name(), first.description(), source(file), first.seed(),
        first.run(), keys, points, Slo.of(first.slo()), BreakEvens.find(keys, points), warnings,
        new Reproducibility(Version.current(), options.commandLine(), options.threads(), started,
            Duration.ofNanos(System.nanoTime() - startNanos)));
  }

  /*
   * With a fixed number of replications every (point, replication, exposure) is one task, all in
   * one run on the pool in that order: the threads stay busy across points, and each point is
   * assembled into its results as soon as its last task is in, so memory holds about one point's
   * replications, however long the sweep. Sequential stopping decides a point's replications from
   * their results, so it runs point by point.
   */

  private static int planned(Scenario scenario, boolean sequential) {
    return sequential
        ? scenario.run().precision().orElseThrow().maxReplications()
        : scenario.run().replications();
  }

  private static void fixed(ScenarioFile file, List<Scenario> scenarios, List<PointModel> models,
      int threads, ProgressListener progress, List<PointResults> points, List<String> warnings) {
    int[] firstTask = new int[models.size() + 1];
    for (int p = 0; p < models.size(); p++) {
      firstTask[p + 1] = firstTask[p]
          + scenarios.get(p).run().replications() * models.get(p).exposures();
    }
    Assembly assembly = new Assembly(file, scenarios, models, points, warnings);
    Replications.forEachInOrder(firstTask[models.size()], threads, task -> {
      int found = Arrays.binarySearch(firstTask, task);
      int p = found >= 0 ? found : -found - 2;
      int exposures = models.get(p).exposures();
      int offset = task - firstTask[p];
      ReplicationOutcome outcome = models.get(p).replicate(offset % exposures,
          scenarios.get(p).seed(), offset / exposures);
      progress.completed(1);
      return outcome;
    }, assembly);
  }

  /** Folds the tasks' outcomes, in task order, into each point's results once it is complete. */
  private static final class Assembly implements Consumer<ReplicationOutcome> {
    private final ScenarioFile file;
    private final List<Scenario> scenarios;
    private final List<PointModel> models;
    private final List<PointResults> points;
    private final List<String> warnings;
    private final List<List<ReplicationOutcome>> runs = new ArrayList<>();
    private final List<ReplicationOutcome> replication = new ArrayList<>();
    private int point;

    Assembly(ScenarioFile file, List<Scenario> scenarios, List<PointModel> models,
        List<PointResults> points, List<String> warnings) {
      this.file = file;
      this.scenarios = scenarios;
      this.models = models;
      this.points = points;
      this.warnings = warnings;
    }

    @Override
    public void accept(ReplicationOutcome outcome) {
      replication.add(outcome);
      if (replication.size() < models.get(point).exposures()) {
        return;
      }
      runs.add(List.copyOf(replication));
      replication.clear();
      if (runs.size() < scenarios.get(point).run().replications()) {
        return;
      }
      assemble(file, point, scenarios.get(point), models.get(point), List.copyOf(runs), points,
          warnings);
      runs.clear();
      point++;
    }
  }

  private static void assemble(ScenarioFile file, int p, Scenario scenario, PointModel model,
      List<List<ReplicationOutcome>> runs, List<PointResults> points, List<String> warnings) {
    ScenarioPoint point = file.points().get(p);
    points.add(model.results(point.index(), List.copyOf(point.values().values()), runs,
        Slo.of(scenario.slo()).targets()));
    for (String warning : model.costWarnings(runs.get(0))) {
      if (!warnings.contains(warning)) {
        warnings.add(warning);
      }
    }
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
