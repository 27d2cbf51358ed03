package kubeplan.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kubeplan.scenario.manifest.IngressDefinition;
import kubeplan.scenario.manifest.ManifestFile;
import kubeplan.scenario.manifest.ManifestReader;
import kubeplan.scenario.sweep.Sweep;
import kubeplan.scenario.tree.Position;
import kubeplan.scenario.tree.SourceTree;
import kubeplan.scenario.tree.YamlFile;
import kubeplan.scenario.tree.YamlLoader;

/**
 * Reads scenario files: parses the YAML, reads the Kubernetes manifests it references and merges
 * their Services in, expands the sweep, and checks and binds every point, so that a file is either
 * wholly valid or refused with every problem found, each at its file, line and column.
 *
 * <pre>
 *   ScenarioFile file = ScenarioReader.read(Path.of("scenarios/seed-three-exposures.yaml"));
 *   for (ScenarioPoint point : file.points()) { … point.scenario() … }
 * </pre>
 */
public final class ScenarioReader {
  private final Path file;
  private final Path baseDir;
  private final Problems problems;

  private ScenarioReader(Path file, Problems problems) {
    this.file = file;
    Path parent = file.toAbsolutePath().getParent();
    this.baseDir = parent == null ? Path.of("") : parent;
    this.problems = problems;
  }

  /**
   * Reads, checks and resolves one scenario file.
   *
   * @throws ScenarioException with every problem found, when there is any
   */
  public static ScenarioFile read(Path file) throws ScenarioException {
    Problems problems = new Problems();
    Optional<ScenarioFile> read = new ScenarioReader(file, problems).read();
    problems.throwIfAny();
    return read.orElseThrow(() -> new IllegalStateException("no scenario and no problem"));
  }

  /**
   * Reads every scenario file given, and the {@code .yaml}/{@code .yml} files directly inside each
   * folder given (sorted by name), reporting the problems of all of them at once.
   *
   * @throws ScenarioException with every problem of every file, when there is any
   */
  public static List<ScenarioFile> readAll(List<Path> filesOrDirs) throws ScenarioException {
    Problems problems = new Problems();
    List<ScenarioFile> files = new ArrayList<>();
    for (Path given : filesOrDirs) {
      for (Path file : scenarioFiles(given, problems)) {
        new ScenarioReader(file, problems).read().ifPresent(files::add);
      }
    }
    problems.throwIfAny();
    return List.copyOf(files);
  }

  private static List<Path> scenarioFiles(Path given, Problems problems) {
    if (!Files.isDirectory(given)) {
      return List.of(given);
    }
    try (Stream<Path> entries = Files.list(given)) {
      List<Path> files =
          entries
              .filter(Files::isRegularFile)
              .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
              .sorted()
              .collect(Collectors.toList());
      if (files.isEmpty()) {
        problems.add(
            Position.startOf(given), "", "the folder holds no scenario files (*.yaml, *.yml)");
      }
      return files;
    } catch (IOException e) {
      problems.add(Position.startOf(given), "", "cannot list the folder: " + YamlLoader.reason(e));
      return List.of();
    }
  }

  private Optional<ScenarioFile> read() {
    Problems found = new Problems();
    Optional<ScenarioFile> result = read(found);
    problems.addAll(found);
    return found.isEmpty() ? result : Optional.empty();
  }

  private Optional<ScenarioFile> read(Problems found) {
    Optional<YamlFile> yaml = YamlLoader.load(file, file, found);
    if (yaml.isEmpty()) {
      return Optional.empty();
    }
    List<SourceTree> documents = yaml.get().documents();
    if (documents.isEmpty()) {
      found.add(Position.startOf(file), "", "the file is empty");
      return Optional.empty();
    }
    if (documents.size() > 1) {
      found.add(
          documents.get(1).position(""),
          "",
          "a scenario file holds one YAML document; put manifests in files of their own");
    }
    SourceTree tree = documents.get(0);
    if (!tree.root().isObject()) {
      found.add(tree.position(""), "", "a scenario is a mapping of fields such as name and run");
      return Optional.empty();
    }
    Map<Path, ManifestFile> manifests = new LinkedHashMap<>();
    List<ManifestFile> listed = new ArrayList<>();
    for (TreeField entry : TreeField.root(tree).child("manifests").elements()) {
      manifest(entry, found)
          .ifPresent(
              m -> {
                manifests.putIfAbsent(m.path(), m);
                listed.add(m);
              });
    }
    Map<String, List<IngressDefinition>> ingressFiles = new LinkedHashMap<>();
    for (TreeField exposure : TreeField.root(tree).child("exposures").elements()) {
      TreeField ingress = exposure.child("ingress");
      if (ingress.json().isString() && !ingressFiles.containsKey(ingress.json().asString())) {
        manifest(ingress, found)
            .ifPresent(
                m -> {
                  manifests.putIfAbsent(m.path(), m);
                  ingressFiles.put(ingress.json().asString(), m.ingresses());
                });
      }
    }
    IngressSources sources =
        new IngressSources(
            ingressFiles, listed.stream().flatMap(m -> m.ingresses().stream()).toList());
    SourceTree merged = ManifestMerge.merge(tree, listed, found);
    Sweep sweep = Sweep.of(merged, ScenarioSchema.get().document(), found);
    List<ScenarioPoint> points = new ArrayList<>();
    Map<Problem, List<String>> pointProblems = new LinkedHashMap<>();
    for (int i = 0; i < sweep.size(); i++) {
      int index = i;
      Problems atPoint = new Problems();
      Optional<Sweep.Point> point = sweep.point(index, atPoint);
      if (point.isPresent()) {
        ScenarioSchema.get().check(point.get().tree(), atPoint);
        ScenarioBinder.bind(point.get().tree(), baseDir, sources, atPoint)
            .ifPresent(s -> points.add(new ScenarioPoint(index, point.get().values(), s)));
      }
      String where = point.map(p -> describe(index, p)).orElse("sweep point " + index);
      for (Problem problem : atPoint.list()) {
        pointProblems.computeIfAbsent(problem, p -> new ArrayList<>()).add(where);
      }
    }
    pointProblems.forEach(
        (problem, where) ->
            found.add(where.size() == sweep.size() ? problem : atPoints(problem, where)));
    if (!found.isEmpty()) {
      return Optional.empty();
    }
    List<ScenarioFile.Manifest> manifestDigests =
        manifests.values().stream()
            .map(m -> new ScenarioFile.Manifest(m.path(), m.sha256()))
            .toList();
    List<Problem> notes = manifests.values().stream().flatMap(m -> m.notes().stream()).toList();
    return Optional.of(
        new ScenarioFile(file, yaml.get().sha256(), manifestDigests, sweep.keys(), points, notes));
  }

  /** {@code "sweep point 3: services[foo].replicas=4"} for a point. */
  private static String describe(int index, Sweep.Point point) {
    return "sweep point "
        + index
        + ": "
        + point.values().entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue().text())
            .collect(Collectors.joining(", "));
  }

  /** A problem found at some sweep points only, saying at which. */
  private static Problem atPoints(Problem problem, List<String> where) {
    String more = where.size() > 1 ? " and " + (where.size() - 1) + " more" : "";
    return new Problem(
        problem.file(),
        problem.line(),
        problem.column(),
        problem.field(),
        problem.message() + " (at " + where.get(0) + more + ")");
  }

  /** The manifest file named by {@code entry}, resolved against the scenario's folder. */
  private Optional<ManifestFile> manifest(TreeField entry, Problems found) {
    if (!entry.json().isString() || entry.json().asString().isBlank()) {
      return Optional.empty();
    }
    String written = entry.json().asString();
    Path path = baseDir.resolve(written).normalize();
    Path shown = shownPath(path);
    if (!Files.exists(path)) {
      found.add(
          entry.position(),
          entry.name(),
          "manifest file '" + written + "' does not exist" + " (looked for " + shown + ")");
      return Optional.empty();
    }
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      found.add(entry.position(), entry.name(), "manifest file '" + written + "' cannot be read");
      return Optional.empty();
    }
    return ManifestReader.read(path, shown, found);
  }

  /** {@code path} relative to the working directory when it lies below it, for shorter messages. */
  private static Path shownPath(Path path) {
    Path here = Path.of("").toAbsolutePath();
    return path.startsWith(here) ? here.relativize(path) : path;
  }
}
