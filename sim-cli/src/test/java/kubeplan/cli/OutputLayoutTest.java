package kubeplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
  void folders_missingOrEmpty_areAccepted() throws Exception {
    Files.createDirectory(dir.resolve("empty"));
    OutputLayout layout = new OutputLayout(Optional.of(dir), true);
    Map<String, Path> folders = layout.folders(List.of("empty", "missing"), false);
    assertEquals(Map.of("empty", dir.resolve("empty"), "missing", dir.resolve("missing")), folders);
  }

  @Test
  void folders_holdingFiles_areRefusedWithoutForceAndAcceptedWithIt() throws Exception {
    occupy("a");
    occupy("b");
    OutputLayout layout = new OutputLayout(Optional.of(dir), true);
    InputRefusedException refused =
        assertThrows(InputRefusedException.class, () -> layout.folders(List.of("a", "b"), false));
    assertEquals(
        List.of(
            "output folder " + dir.resolve("a") + " is not empty; use --force to replace it,"
                + " or --out to write elsewhere",
            "output folder " + dir.resolve("b") + " is not empty; use --force to replace it,"
                + " or --out to write elsewhere"),
        refused.reasons());
    assertEquals(2, layout.folders(List.of("a", "b"), true).size());
  }

  @Test
  void folders_twoScenariosWithOneName_areRefusedEvenWithForce() {
    OutputLayout layout = new OutputLayout(Optional.of(dir), true);
    InputRefusedException refused =
        assertThrows(InputRefusedException.class, () -> layout.folders(List.of("x", "x"), true));
    assertTrue(refused.getMessage().startsWith("two scenarios are named 'x'"), refused::getMessage);
  }

  @Test
  void folders_aFileWhereTheFolderGoes_isRefused() throws IOException {
    Files.writeString(dir.resolve("seed"), "not a folder");
    OutputLayout layout = new OutputLayout(Optional.of(dir), true);
    InputRefusedException refused =
        assertThrows(InputRefusedException.class, () -> layout.folders(List.of("seed"), true));
    assertEquals(
        List.of("output folder " + dir.resolve("seed") + " is a file, not a folder"),
        refused.reasons());
  }

  private void occupy(String name) throws IOException {
    Files.createDirectories(dir.resolve(name));
    Files.writeString(dir.resolve(name).resolve("summary.csv"), "old");
  }
}
