package kubeplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where reports go, and the folders refused before anything runs. */
class OutputLayoutTest {
  @TempDir Path dir;

  @Test
  void oneFile_withoutOut_goesToOutSlashItsName() {
    OutputLayout layout = OutputLayout.of(List.of(Path.of("a.yaml")), Optional.empty());
    assertFalse(layout.batch());
    assertEquals(Path.of("out", "seed"), layout.folderOf("seed"));
  }

  @Test
  void oneFile_withOut_goesToThatFolderItself() {
    OutputLayout layout = OutputLayout.of(List.of(Path.of("a.yaml")), Optional.of(dir));
    assertEquals(dir, layout.folderOf("seed"));
  }

  @Test
  void aFolder_isABatchEvenWithOneScenario_withOneFolderPerScenarioUnderOut() {
    OutputLayout layout = OutputLayout.of(List.of(dir), Optional.of(Path.of("reports")));
    assertTrue(layout.batch());
    assertEquals(Path.of("reports"), layout.root());
    assertEquals(Path.of("reports", "seed"), layout.folderOf("seed"));
  }

  @Test
  void twoFiles_withoutOut_areABatchUnderOut() {
    OutputLayout layout =
        OutputLayout.of(List.of(Path.of("a.yaml"), Path.of("b.yaml")), Optional.empty());
    assertTrue(layout.batch());
    assertEquals(Path.of("out"), layout.root());
  }

  @Test
  void check_missingOrEmptyFolder_isAccepted() throws Exception {
    Files.createDirectory(dir.resolve("empty"));
    new OutputLayout(Optional.of(dir.resolve("empty")), false).check(List.of("seed"), false);
    new OutputLayout(Optional.of(dir.resolve("missing")), true).check(List.of("a", "b"), false);
  }

  @Test
  void check_singleScenarioFolderHoldingFiles_isRefusedWithoutForceAndAcceptedWithIt()
      throws Exception {
    occupy("seed");
    OutputLayout layout = new OutputLayout(Optional.of(dir.resolve("seed")), false);
    InputRefusedException refused =
        assertThrows(InputRefusedException.class, () -> layout.check(List.of("seed"), false));
    assertEquals(
        List.of("output folder " + dir.resolve("seed") + " is not empty; use --force to replace"
            + " it, or --out to write elsewhere"),
        refused.reasons());
    layout.check(List.of("seed"), true);
  }

  @Test
  void check_batchRootHoldingFiles_isRefusedBecauseTheBatchIsWrittenAsAWhole() throws Exception {
    occupy("unrelated");
    OutputLayout layout = new OutputLayout(Optional.of(dir), true);
    InputRefusedException refused =
        assertThrows(InputRefusedException.class, () -> layout.check(List.of("a", "b"), false));
    assertTrue(refused.getMessage().startsWith("output folder " + dir + " is not empty"),
        refused::getMessage);
  }

  @Test
  void check_twoScenariosWithOneNameInABatch_areRefusedEvenWithForce() {
    OutputLayout layout = new OutputLayout(Optional.of(dir), true);
    InputRefusedException refused =
        assertThrows(InputRefusedException.class, () -> layout.check(List.of("x", "x"), true));
    assertEquals(
        List.of("two scenarios are named 'x' and would share the output folder "
            + dir.resolve("x") + "; rename one (its name: field)"),
        refused.reasons());
  }

  @Test
  void check_aFileWhereTheFolderGoes_isRefusedEvenWithForce() throws IOException {
    Files.writeString(dir.resolve("seed"), "not a folder");
    OutputLayout layout = new OutputLayout(Optional.of(dir.resolve("seed")), false);
    InputRefusedException refused =
        assertThrows(InputRefusedException.class, () -> layout.check(List.of("seed"), true));
    assertEquals(
        List.of("output folder " + dir.resolve("seed") + " is a file, not a folder"),
        refused.reasons());
  }

  private void occupy(String name) throws IOException {
    Files.createDirectories(dir.resolve(name));
    Files.writeString(dir.resolve(name).resolve("summary.csv"), "old");
  }
}
