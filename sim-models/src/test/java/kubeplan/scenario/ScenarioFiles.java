package kubeplan.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes scenario and manifest texts into a test's folder, to read them back. */
final class ScenarioFiles {
  /** A valid scenario of one service, one exposure and Poisson arrivals, for tests to extend. */
  static final String MINIMAL =
      """
      name: minimal
      run:
        duration: 10s
      services:
        - name: foo
          serviceTime: exponential(mean=1ms)
      exposures:
        - name: lb
          type: LoadBalancer
      workload:
        arrivals: poisson(rate=100/s)
      """;

  private ScenarioFiles() {}

  static Path write(Path dir, String name, String text) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      return Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
