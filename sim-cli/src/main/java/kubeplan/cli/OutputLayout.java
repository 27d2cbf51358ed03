package kubeplan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where {@code kubeplan run} writes. One scenario file goes to {@code --out}, by default {@code
 * out/<scenario name>/}; a batch (several inputs, or a folder) goes to one folder per scenario
 * under {@code --out}, by default {@code out/}, with the batch index beside them.
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

  /** The folder of a batch's index, holding one folder per scenario. */
  Path root() {
    return out.orElse(DEFAULT_ROOT);
  }

  /** The report folder of the scenario named {@code name}. */
  Path folderOf(String name) {
    return batch ? root().resolve(name) : out.orElseGet(() -> DEFAULT_ROOT.resolve(name));
  }

  /**
   * The report folder of each scenario, in order, checked before anything runs: two scenarios
   * may not share one, and without {@code force} none may already hold files.
   *
   * @throws InputRefusedException listing every clash and every occupied folder
   */
  Map<String, Path> folders(List<String> scenarioNames, boolean force)
      throws InputRefusedException {
    List<String> reasons = new ArrayList<>();
    Map<Path, String> owners = new HashMap<>();
    Map<String, Path> folders = new LinkedHashMap<>();
    for (String name : scenarioNames) {
      Path folder = folderOf(name);
      String owner = owners.putIfAbsent(folder.toAbsolutePath().normalize(), name);
      if (owner != null) {
        reasons.add("two scenarios are named '" + name + "' and would share the output folder "
            + folder + "; rename one (its name: field)");
      } else if (Files.exists(folder) && !Files.isDirectory(folder)) {
        reasons.add("output folder " + folder + " is a file, not a folder");
      } else if (!force && holdsFiles(folder)) {
        reasons.add("output folder " + folder + " is not empty; use --force to replace it,"
            + " or --out to write elsewhere");
      }
      folders.put(name, folder);
    }
    if (!reasons.isEmpty()) {
      throw new InputRefusedException(reasons);
    }
    return folders;
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
