package kubeplan.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kubeplan.scenario.tree.Pointers;
import kubeplan.scenario.tree.SourceTree;
import kubeplan.scenario.tree.YamlLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A scenario that writes every field reads as written; and every one of its values replaced by a
 * mapping (always wrong: each is a scalar), and by -1 or a word (leaves alternate), is either still
 * valid or refused with problems, never with an exception.
 */
class ReaderRobustnessTest {
  private static final Path FULL = Path.of("src", "test", "resources", "full");
  private static final JsonNode MAPPING = JsonNodeFactory.instance.objectNode();
  private static final List<JsonNode> SCALARS =
      List.of(JsonNodeFactory.instance.numberNode(-1), JsonNodeFactory.instance.stringNode("x"));

  @TempDir Path dir;

  @Test
  void everyField_isReadAsWritten() throws ScenarioException {
    ScenarioFile file = ScenarioReader.read(FULL.resolve("full.yaml"));

    Scenario scenario = file.points().get(1).scenario();
    assertEquals(42, scenario.seed());
    assertEquals(500, scenario.cluster().totalServices());
    assertEquals(ClusterSpec.IpvsScheduler.LC, scenario.cluster().ipvsScheduler());
    assertEquals(5e9, scenario.cluster().bandwidth().flow().orElseThrow().bitsPerSecond());
    ServiceSpec web = scenario.service("web");
    assertEquals(List.of("web-0", "web-1"), web.serviceNames());
    assertEquals(Map.of("a", 2, "b", 1), web.placement());
    assertEquals(8, web.concurrency());
    assertEquals(List.of(new CallSpec("cart", 0.3, 2)), web.calls());
    assertEquals(2, scenario.service("cart").replicas());
    assertEquals(200, scenario.service("cart").cpuMillis());
    ExposureSpec ingress = scenario.exposures().get(2);
    assertEquals(
        ControllerSpec.Balancing.LEAST_CONNECTIONS, ingress.controller().orElseThrow().balancing());
    assertEquals(1500, ingress.controller().orElseThrow().cpuMillis());
    assertEquals(ingress.ingress(), scenario.exposures().get(3).ingress(), "the alias *rules");
    assertEquals(scenario.exposures().get(2).ingress(), scenario.exposures().get(0).ingress());
    assertEquals(0.5, scenario.workload().mix().get(2).weight());
    assertEquals(SloSpec.MeasuredAt.EDGE, scenario.slo().measuredAt());
    assertEquals(0.192, scenario.pricing().overrides().nodeHourly().get("m6i.xlarge"));
    assertEquals(
        FULL.resolve("prices.yaml").toAbsolutePath().normalize(),
        scenario.pricing().catalog().orElseThrow());
  }

  @Test
  void everyValueMadeWrong_isRefusedWithProblems_neverAnException() throws IOException {
    Files.copy(FULL.resolve("apps.yaml"), dir.resolve("apps.yaml"));
    Files.copy(FULL.resolve("prices.yaml"), dir.resolve("prices.yaml"));
    SourceTree full =
        YamlLoader.load(FULL.resolve("full.yaml"), FULL.resolve("full.yaml"), new Problems())
            .orElseThrow()
            .documents()
            .get(0);
    ObjectNode base = (ObjectNode) full.root().deepCopy();
    base.remove("sweep");
    List<String> leaves = new ArrayList<>();
    collectLeaves(base, "", leaves);
    YAMLMapper yaml = YAMLMapper.builder().build();
    Path file = dir.resolve("mutated.yaml");

    for (int i = 0; i < leaves.size(); i++) {
      String leaf = leaves.get(i);
      for (JsonNode wrong : List.of(MAPPING, SCALARS.get(i % SCALARS.size()))) {
        JsonNode mutated = replaced(base, leaf, wrong);
        Files.writeString(file, yaml.writeValueAsString(mutated));
        try {
          ScenarioReader.read(file);
          assertFalse(wrong.isObject(), () -> leaf + " = a mapping was accepted");
        } catch (ScenarioException refused) {
          assertFalse(refused.problems().isEmpty());
        } catch (RuntimeException e) {
          fail(leaf + " = " + wrong + " threw instead of reporting a problem", e);
        }
      }
    }
  }

  private static void collectLeaves(JsonNode node, String pointer, List<String> leaves) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        collectLeaves(member.getValue(), Pointers.child(pointer, member.getKey()), leaves);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectLeaves(node.get(i), Pointers.child(pointer, i), leaves);
      }
    } else {
      leaves.add(pointer);
    }
  }

  private static JsonNode replaced(ObjectNode root, String pointer, JsonNode value) {
    ObjectNode copy = root.deepCopy();
    JsonNode parent = copy.at(Pointers.parent(pointer));
    List<String> segments = Pointers.segments(pointer);
    String last = segments.get(segments.size() - 1);
    if (parent.isArray()) {
      ((tools.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(last), value);
    } else {
      ((ObjectNode) parent).set(last, value);
    }
    return copy;
  }
}
