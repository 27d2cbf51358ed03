package kubeplan.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A scenario file read and resolved: where it came from (for run.json) and one scenario per sweep
 * point.
 *
 * @param source the scenario file as given
 * @param sha256 the lowercase hex SHA-256 of its bytes
 * @param manifests the manifest files it references, in the order written
 * @param sweepKeys the sweep keys in the order written (empty without a sweep)
 * @param points one resolved scenario per sweep point, in row-major order (one without a sweep)
 * @param notes things worth telling that are not errors, such as ignored manifest objects
 */
public record ScenarioFile(
    Path source,
    String sha256,
    List<Manifest> manifests,
    List<String> sweepKeys,
    List<ScenarioPoint> points,
    List<Problem> notes) {

  public ScenarioFile {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sha256, "sha256");
    manifests = List.copyOf(manifests);
    sweepKeys = List.copyOf(sweepKeys);
    points = List.copyOf(points);
    notes = List.copyOf(notes);
    if (points.isEmpty()) {
      throw new IllegalArgumentException("a scenario file has at least one point");
    }
  }

  /** The scenario's name (the same at every point). */
  public String name() {
    return points.get(0).scenario().name();
  }

  /**
   * A manifest file a scenario references.
   *
   * @param path the file, resolved against the scenario's folder
   * @param sha256 the lowercase hex SHA-256 of its bytes
   */
  public record Manifest(Path path, String sha256) {
    public Manifest {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(sha256, "sha256");
    }
  }
}
