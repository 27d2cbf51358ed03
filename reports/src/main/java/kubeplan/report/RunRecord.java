package kubeplan.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kubeplan.results.ExposureResults;
import kubeplan.results.FileDigest;
import kubeplan.results.PointResults;
import kubeplan.results.Reproducibility;
import kubeplan.results.ScenarioResults;
import kubeplan.scenario.RunSpec;
import kubeplan.scenario.RunSpec.Precision;
import kubeplan.scenario.Warmup;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * run.json, the reproducibility record of outputs.md: what ran (version, command line, input
 * digests, seed, settings), on how many threads, for how long, and the warnings it raised.
 */
public record RunRecord(
    String kubeplanVersion,
    List<String> commandLine,
    String scenario,
    FileDigest scenarioFile,
    List<FileDigest> manifests,
    long seed,
    int threads,
    String startedAt,
    double wallTimeSeconds,
    Settings settings,
    List<Point> points,
    List<String> warnings) {

  /**
   * The run settings: durations in ISO-8601 ({@code PT5M}), the warm-up {@code auto} for MSER-5,
   * and the sequential-stopping target if there was one.
   */
  public record Settings(
      String duration,
      String warmup,
      int replications,
      double confidence,
      Optional<Precision> precision) {}

  /** One sweep point: its sweep values as written and the replications each exposure ran. */
  public record Point(int point, Map<String, String> sweep, Map<String, Integer> replications) {}

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  /** The record of one scenario's run. */
  public static RunRecord of(ScenarioResults results) {
    Reproducibility run = results.reproducibility();
    return new RunRecord(
        run.kubeplanVersion(),
        run.commandLine(),
        results.name(),
        results.source().scenarioFile(),
        results.source().manifests(),
        results.seed(),
        run.threads(),
        run.startedAt().toString(),
        run.wallTime().toNanos() / 1e9,
        settings(results.run()),
        results.points().stream().map(point -> point(results, point)).toList(),
        results.warnings());
  }

  /** Writes this record as indented JSON (UTF-8). */
  public void write(Path file) throws IOException {
    try {
      JSON.writeValue(file.toFile(), this);
    } catch (JacksonException e) {
      throw new IOException("cannot write " + file + ": " + e.getOriginalMessage(), e);
    }
  }

  private static Settings settings(RunSpec settings) {
    String warmup =
        settings.warmup() instanceof Warmup.Fixed fixed ? fixed.length().toString() : "auto";
    return new Settings(
        settings.duration().toString(),
        warmup,
        settings.replications(),
        settings.confidence(),
        settings.precision());
  }

  private static Point point(ScenarioResults results, PointResults point) {
    Map<String, String> sweep = new LinkedHashMap<>();
    for (int i = 0; i < results.sweepKeys().size(); i++) {
      sweep.put(results.sweepKeys().get(i).path(), point.sweepValues().get(i).text());
    }
    Map<String, Integer> replications = new LinkedHashMap<>();
    for (ExposureResults exposure : point.exposures()) {
      replications.put(exposure.name(), exposure.summary().replications());
    }
    return new Point(point.index(), sweep, replications);
  }
}
