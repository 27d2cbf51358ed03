package kubeplan.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the malformed corpus is refused, with a problem at the line and column its first
 * line announces: {@code # expect: [FILE:]LINE:COLUMN: field: message}, where FILE (a manifest the
 * scenario references) defaults to the scenario itself.
 */
class MalformedScenariosTest {
  private static final Path CORPUS = Path.of("src", "test", "resources", "malformed");
  private static final Pattern EXPECT =
      Pattern.compile("# expect: (?:([^:]+\\.yaml):)?(\\d+):(\\d+): (.*)");

  static Stream<Path> corpus() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      List<Path> list = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
      return list.stream();
    }
  }

  @Test
  void corpus_holdsAtLeastThirtyFiles() throws IOException {
    assertTrue(corpus().count() >= 30);
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void malformedFile_isRefused_withTheAnnouncedProblem(Path file) throws IOException {
    String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
    Matcher expected = EXPECT.matcher(first);
    assertTrue(expected.matches(), () -> file + " must start with '# expect: LINE:COLUMN: …'");
    Path expectedFile =
        expected.group(1) == null ? file : file.resolveSibling(expected.group(1)).normalize();
    int line = Integer.parseInt(expected.group(2));
    int column = Integer.parseInt(expected.group(3));
    String message = expected.group(4);

    ScenarioException refused =
        assertThrows(ScenarioException.class, () -> ScenarioReader.read(file));

    assertTrue(
        refused.problems().stream()
            .anyMatch(
                p ->
                    p.file().normalize().endsWith(expectedFile)
                        && p.line() == line
                        && p.column() == column
                        && (p.field().isEmpty() ? p.message() : p.field() + ": " + p.message())
                            .startsWith(message)),
        () ->
            "expected "
                + expectedFile
                + ":"
                + line
                + ":"
                + column
                + ": "
                + message
                + "\nbut got:\n"
                + refused.getMessage());
  }

  @Test
  void hundredThousandNestedLists_areRefused(@TempDir Path dir) throws IOException {
    Path deep =
        Files.writeString(
            dir.resolve("deep.yaml"), "name: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n");

    ScenarioException refused =
        assertThrows(ScenarioException.class, () -> ScenarioReader.read(deep));

    assertEquals(
        deep + ":1:1: the YAML nests too deeply to read (thousands of levels)",
        refused.getMessage());
  }

  @Test
  void fiftyMegabyteFile_isRefusedBeforeParsing(@TempDir Path dir) throws IOException {
    Path huge = dir.resolve("huge.yaml");
    byte[] line =
        "# padding padding padding padding padding padding padding padding\n"
            .getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = Files.newOutputStream(huge)) {
      for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }

    ScenarioException refused =
        assertThrows(ScenarioException.class, () -> ScenarioReader.read(huge));

    Problem problem = refused.problems().get(0);
    assertTrue(problem.line() == 1 && problem.column() == 1, problem::toString);
    assertTrue(
        problem.message().contains("more than the limit of 16777216 bytes"), problem::toString);
  }
}
