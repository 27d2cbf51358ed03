package kubeplan.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems read FILE:LINE:COLUMN: field: message, every one of them, from every file. */
class ProblemReportTest {
  @TempDir Path dir;

  @Test
  void problem_printsFileLineColumnFieldAndMessage() {
    Problem problem = new Problem(Path.of("s.yaml"), 7, 3, "run.replicsa", "unknown key");

    assertEquals("s.yaml:7:3: run.replicsa: unknown key", problem.toString());
    assertEquals(
        "s.yaml:1:1: file is empty",
        new Problem(Path.of("s.yaml"), 1, 1, "", "file is empty").toString());
  }

  @Test
  void oneFile_reportsEveryProblem_inLineOrder() {
    Path file =
        ScenarioFiles.write(
            dir,
            "many.yaml",
            ScenarioFiles.MINIMAL
                .replace("duration: 10s", "duration: 10x")
                .replace("exponential(mean=1ms)", "exponential(mean=1)")
                .replace("type: LoadBalancer", "type: LoadBalancr"));

    ScenarioException refused =
        assertThrows(ScenarioException.class, () -> ScenarioReader.read(file));

    assertEquals(
        List.of(3, 6, 9),
        refused.problems().stream().map(Problem::line).toList(),
        refused::getMessage);
  }

  @Test
  void readAll_reportsTheProblemsOfEveryFileAtOnce() {
    Path first =
        ScenarioFiles.write(dir, "a/first.yaml", ScenarioFiles.MINIMAL.replace("10s", "10"));
    Path second =
        ScenarioFiles.write(dir, "b/second.yaml", ScenarioFiles.MINIMAL.replace("100/s", "0/s"));
    ScenarioFiles.write(dir, "b/third.yaml", ScenarioFiles.MINIMAL);

    ScenarioException refused =
        assertThrows(
            ScenarioException.class,
            () -> ScenarioReader.readAll(List.of(first, second.getParent())));

    assertEquals(
        List.of("first.yaml", "second.yaml"),
        refused.problems().stream().map(p -> p.file().getFileName().toString()).toList());
  }

  @Test
  void readAll_ofAFolder_readsItsScenariosInNameOrder() throws ScenarioException {
    ScenarioFiles.write(dir, "z.yaml", ScenarioFiles.MINIMAL.replace("minimal", "zeta"));
    ScenarioFiles.write(dir, "a.yml", ScenarioFiles.MINIMAL.replace("minimal", "alpha"));

    List<ScenarioFile> files = ScenarioReader.readAll(List.of(dir));

    assertEquals(List.of("alpha", "zeta"), files.stream().map(ScenarioFile::name).toList());
  }
}
