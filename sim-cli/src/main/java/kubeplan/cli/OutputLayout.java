package kubeplan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where {@code kubeplan run} writes. One scenario file goes to {@code --out}, by default {@code
 * out/<scenario name>/}. A batch (several inputs, or a folder) goes to {@code --out}, by default
 * {@code out/}: one folder per scenario with the batch index beside them, all written at once.
 *
 * @param out the folder given with {@code --out}
 * @param batch whether the run is a batch, decided by the command line, not by what a folder holds
 */
record OutputLayout(Optional<Path> out, boolean batch) {
  private static final Path DEFAULT_ROOT = Path.of("out");

  /** The layout for these inputs and {@code --out}, if given. */
  static OutputLayout of(List<Path> inputs, Optional<Path> out) {
    return new OutputLayout(
        out, inputs.size() > 1 || inputs.stream().anyMatch(Files::isDirectory));
  }

  /** The folder of a batch: its index, and one folder per scenario. */
  Path root() {
    return out.orElse(DEFAULT_ROOT);
  }

  /** The report folder of the scenario named {@code name}. */
  Path folderOf(String name) {
    return batch ? root().resolve(name) : out.orElseGet(() -> DEFAULT_ROOT.resolve(name));
  }

  /** The folder one run writes as a whole: a batch's root, or the one scenario's folder. */
  Path written(List<String> scenarioNames) {
    return batch ? root() : folderOf(scenarioNames.get(0));
  }

  /**
   * Checks, before anything runs, that the reports of these scenarios can be written: in a batch
   * no two may share a name (their folders would clash), and without {@code force} the folder
   * the run writes may not already hold files.
   *
   * @throws InputRefusedException listing every clash and the occupied folder
   */
  void check(List<String> scenarioNames, boolean force) throws InputRefusedException {
    List<String> reasons = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String name : scenarioNames) {
      if (!seen.add(name) && batch) {
        reasons.add("two scenarios are named '" + name + "' and would share the output folder "
            + folderOf(name) + "; rename one (its name: field)");
      }
    }
    Path folder = written(scenarioNames);
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      reasons.add("output folder " + folder + " is a file, not a folder");
    } else if (!force && holdsFiles(folder)) {
      reasons.add(occupied(folder));
    }
    if (!reasons.isEmpty()) {
      throw new InputRefusedException(reasons);
    }
  }

  /** Why an occupied output folder is refused, and the way out. */
  static String occupied(Path folder) {
    return "output folder " + folder + " is not empty; use --force to replace it,"
        + " or --out to write elsewhere";
  }

  private static boolean holdsFiles(Path folder) throws InputRefusedException {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isPresent();
    } catch (IOException e) {
      throw new InputRefusedException(
          List.of("cannot read output folder " + folder + ": " + Failures.describe(e)));
    }
  }
}
