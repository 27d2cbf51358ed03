package kubeplan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The shaded kubeplan.jar started as a separate process, as users start it. */
final class JarProcess {
  private static final Path JAR =
      Path.of(System.getProperty("kubeplan.jar", "target/kubeplan.jar"));
  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();

  private JarProcess() {}

  /** Starts {@code java -jar kubeplan.jar args…} in {@code dir}, with an empty stdin. */
  static Process start(ProcessBuilder.Redirect out, ProcessBuilder.Redirect err, Path dir,
      String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(out)
            .redirectError(err)
            .start();
    process.getOutputStream().close();
    return process;
  }

  /** Runs {@code kubeplan args…} in {@code dir} to its end. */
  static Execution run(Path dir, String... args) throws IOException, InterruptedException {
    Path out = Files.createTempFile("kubeplan-out", ".txt");
    Path err = Files.createTempFile("kubeplan-err", ".txt");
    try {
      Process process =
          start(
              ProcessBuilder.Redirect.to(out.toFile()),
              ProcessBuilder.Redirect.to(err.toFile()),
              dir,
              args);
      int status = process.waitFor();
      return new Execution(
          status,
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.delete(out);
      Files.delete(err);
    }
  }
}
