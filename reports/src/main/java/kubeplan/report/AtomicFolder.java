package kubeplan.report;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Writes a folder completely or not at all: the content goes into a hidden temporary sibling
 * ({@code .<name>.tmp-<random>}) that is renamed into place once it is complete, so a failed or
 * interrupted run never leaves a half-written report where a user would look for one.
 */
public final class AtomicFolder {
  /*
   * A rename within one directory is atomic on POSIX file systems, which is why the temporary
   * folder is a sibling of the target and not under /tmp (another file system would turn the move
   * into a copy). A directory cannot be renamed over a non-empty one, so with force the old folder
   * is first renamed aside, the new one renamed into place (the old one is put back if that
   * fails) and only then is the old one deleted.
   */

  /** Writes the content of a folder into the (empty) folder it is given. */
  @FunctionalInterface
  public interface Content {
    void writeInto(Path folder) throws IOException;
  }

  private AtomicFolder() {}

  /**
   * Creates {@code target} with {@code content}.
   *
   * @throws OutputExistsException if {@code target} is a non-empty folder and {@code force} is
   *     false; nothing is written then
   * @throws NotDirectoryException if {@code target} exists and is not a folder
   */
  public static void write(Path target, boolean force, Content content) throws IOException {
    Path folder = target.toAbsolutePath().normalize();
    Path parent = folder.getParent();
    if (parent == null) {
      throw new IOException("cannot write a report over the root folder " + folder);
    }
    if (Files.exists(folder)) {
      if (!Files.isDirectory(folder)) {
        throw new NotDirectoryException(folder.toString());
      }
      if (!force && !isEmpty(folder)) {
        throw new OutputExistsException(target);
      }
    }
    Files.createDirectories(parent);
    String name = folder.getFileName().toString();
    Path temporary = createSibling(parent, "." + name + ".tmp-");
    try {
      content.writeInto(temporary);
      moveIntoPlace(temporary, folder);
    } catch (IOException | RuntimeException | Error e) {
      deleteAddingFailureTo(temporary, e);
      throw e;
    }
  }

  /**
   * A new folder with a random name, created like any folder (the umask's permissions, not the
   * owner-only ones of a temporary directory), so the finished report is readable as usual.
   */
  private static Path createSibling(Path parent, String prefix) throws IOException {
    java.security.SecureRandom random = new java.security.SecureRandom();
    while (true) {
      Path candidate = parent.resolve(prefix + Long.toUnsignedString(random.nextLong(), 36));
      try {
        return Files.createDirectory(candidate);
      } catch (java.nio.file.FileAlreadyExistsException taken) {
        // another writer holds that name: draw another
      }
    }
  }

  private static void moveIntoPlace(Path temporary, Path folder) throws IOException {
    if (!Files.exists(folder)) {
      Files.move(temporary, folder, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    String suffix = temporary.getFileName().toString().replaceFirst(".*\\.tmp-", "");
    Path old = folder.resolveSibling("." + folder.getFileName() + ".old-" + suffix);
    Files.move(folder, old, StandardCopyOption.ATOMIC_MOVE);
    try {
      Files.move(temporary, folder, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.move(old, folder, StandardCopyOption.ATOMIC_MOVE);
      throw e;
    }
    delete(old);
  }

  private static boolean isEmpty(Path folder) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      return !entries.iterator().hasNext();
    }
  }

  /** Deletes {@code folder}; a failure to do so is added to {@code cause} rather than hiding it. */
  private static void deleteAddingFailureTo(Path folder, Throwable cause) {
    try {
      delete(folder);
    } catch (IOException e) {
      cause.addSuppressed(e);
    }
  }

  private static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    Files.walkFileTree(
        folder,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException failure)
              throws IOException {
            if (failure != null) {
              throw failure;
            }
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
