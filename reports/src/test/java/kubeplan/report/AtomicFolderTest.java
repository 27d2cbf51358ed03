package kubeplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFolderTest {
  @TempDir Path dir;

  @Test
  void write_newFolder_appearsCompleteWithNoTemporaryLeft() throws IOException {
    Path target = dir.resolve("out/report");

    AtomicFolder.write(target, false, folder -> Files.writeString(folder.resolve("a.csv"), "x"));

    assertEquals("x", Files.readString(target.resolve("a.csv")));
    assertEquals(Set.of("report"), ReportWriterTest.names(dir.resolve("out")));
  }

  @Test
  void write_failingMidway_leavesNeitherTargetNorTemporaryFolder() throws IOException {
    Path target = dir.resolve("report");

    IOException failure =
        assertThrows(
            IOException.class,
            () ->
                AtomicFolder.write(
                    target,
                    false,
                    folder -> {
                      Files.writeString(folder.resolve("summary.csv"), "half");
                      Files.createDirectory(folder.resolve("charts"));
                      Files.writeString(folder.resolve("charts/a.png"), "half");
                      throw new IOException("disk full");
                    }));

    assertEquals("disk full", failure.getMessage());
    assertEquals(Set.of(), ReportWriterTest.names(dir));
  }

  @Test
  void write_failingMidwayWithForce_keepsTheOldFolder() throws IOException {
    Path target = Files.createDirectory(dir.resolve("report"));
    Files.writeString(target.resolve("old.csv"), "old");

    assertThrows(
        IllegalStateException.class,
        () ->
            AtomicFolder.write(
                target,
                true,
                folder -> {
                  Files.writeString(folder.resolve("new.csv"), "new");
                  throw new IllegalStateException("chart failed");
                }));

    assertEquals(Set.of("old.csv"), ReportWriterTest.names(target));
    assertEquals(Set.of("report"), ReportWriterTest.names(dir));
  }

  @Test
  void write_withForce_replacesTheOldFolderEntirely() throws IOException {
    Path target = Files.createDirectory(dir.resolve("report"));
    Files.writeString(target.resolve("old.csv"), "old");

    AtomicFolder.write(target, true, folder -> Files.writeString(folder.resolve("new.csv"), "n"));

    assertEquals(Set.of("new.csv"), ReportWriterTest.names(target));
    assertEquals(Set.of("report"), ReportWriterTest.names(dir));
  }

  @Test
  void write_nonEmptyFolderWithoutForce_isRefusedBeforeAnythingIsWritten() throws IOException {
    Path target = Files.createDirectory(dir.resolve("report"));
    Files.writeString(target.resolve("old.csv"), "old");
    boolean[] called = {false};

    OutputExistsException refused =
        assertThrows(
            OutputExistsException.class,
            () -> AtomicFolder.write(target, false, folder -> called[0] = true));

    assertTrue(refused.getMessage().contains(target.toString()), refused.getMessage());
    assertEquals(false, called[0]);
    assertEquals(Set.of("old.csv"), ReportWriterTest.names(target));
  }

  @Test
  void write_emptyExistingFolderWithoutForce_isFilled() throws IOException {
    Path target = Files.createDirectory(dir.resolve("report"));

    AtomicFolder.write(target, false, folder -> Files.writeString(folder.resolve("a.csv"), "x"));

    assertEquals(Set.of("a.csv"), ReportWriterTest.names(target));
    assertEquals(Set.of("report"), ReportWriterTest.names(dir));
  }

  @Test
  void write_overARegularFile_isRefusedEvenWithForce() throws IOException {
    Path target = Files.writeString(dir.resolve("report"), "not a folder");

    assertThrows(NotDirectoryException.class, () -> AtomicFolder.write(target, true, folder -> {}));

    assertEquals("not a folder", Files.readString(target));
  }
}
