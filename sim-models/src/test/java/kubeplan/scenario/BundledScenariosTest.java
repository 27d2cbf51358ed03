package kubeplan.scenario;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scenario shipped in {@code scenarios/} (and {@code scenarios/validation/}) is valid. */
class BundledScenariosTest {
  static final Path SCENARIOS = Path.of("..", "scenarios");

  static Stream<Path> bundled() throws IOException {
    try (Stream<Path> top = Files.list(SCENARIOS);
        Stream<Path> validation = Files.list(SCENARIOS.resolve("validation"))) {
      List<Path> files =
          Stream.concat(top, validation)
              .filter(p -> p.toString().endsWith(".yaml"))
              .sorted()
              .toList();
      return files.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void bundledScenario_isRead_withoutProblems(Path file) {
    ScenarioFile read =
        assertDoesNotThrow(() -> ScenarioReader.read(file), () -> "problems in " + file);
    assertFalse(read.points().isEmpty());
  }
}
