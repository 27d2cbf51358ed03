package kubeplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import kubeplan.results.ResultsFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RunRecordTest {
  @TempDir Path dir;

  @Test
  void runJson_rateSweep_recordsWhatIsNeededToRepeatTheRun() throws IOException {
    Path file = dir.resolve("run.json");

    RunRecord.of(ResultsFixtures.rateSweep()).write(file);
    JsonNode json = JsonMapper.builder().build().readTree(file.toFile());

    assertEquals("0.1.0-SNAPSHOT", json.get("kubeplanVersion").asString());
    assertEquals(
        List.of("kubeplan", "run", "scenarios/rate-sweep.yaml"),
        json.get("commandLine").valueStream().map(JsonNode::asString).toList());
    assertEquals("ab".repeat(32), json.get("scenarioFile").get("sha256").asString());
    assertEquals(
        "manifests/seed-ingress.yaml", json.get("manifests").get(0).get("path").asString());
    assertEquals(20261127, json.get("seed").asLong());
    assertEquals(2, json.get("threads").asInt());
    assertEquals(12.345, json.get("wallTimeSeconds").asDouble());
    assertEquals("PT5M", json.get("settings").get("duration").asString());
    assertEquals("PT30S", json.get("settings").get("warmup").asString());
    assertEquals(4, json.get("points").size());
    assertEquals(
        "4000/s", json.get("points").get(3).get("sweep").get("workload.arrivals.rate").asString());
    assertEquals(10, json.get("points").get(3).get("replications").get("ingress").asInt());
    assertEquals(1, json.get("warnings").size());
  }
}
