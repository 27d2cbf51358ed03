package kubeplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import kubeplan.cluster.NodeCatalog;
import kubeplan.cluster.NodeType;
import kubeplan.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The planner's lower bound on the nodes a configuration's pods need. */
class NodeBoundTest {
  /**
   * m6i.large: 1930m CPU and 7518 Mi allocatable. Two web pods request 7400 Mi and 200m; the two
   * controller pods add 180 Mi (90 Mi each, the model's figure) and 200m. Memory binds: ⌈7580 /
   * 7518⌉ = 2 nodes, where the web pods alone would need ⌈7400 / 7518⌉ = 1, and so do they with
   * one controller pod: ⌈7490 / 7518⌉ = 1.
   */
  @Test
  void ingressController_itsPodsMemoryCounts_andRaisesTheBoundToTwoNodes() throws Exception {
    Scenario scenario =
        PlanReader.read(PlannerTest.resource("node-bound-controller.yaml")).scenario();
    NodeBound bound = new NodeBound(scenario, scenario.exposures().get(0));
    NodeType type = NodeCatalog.builtIn().find("m6i.large").orElseThrow();

    int withTwo = bound.nodes(withControllers(2), type);
    int withOne = bound.nodes(withControllers(1), type);

    assertEquals(7518L << 20, type.allocatable().memoryBytes());
    assertEquals(2, withTwo);
    assertEquals(1, withOne);
  }

  private static Configuration withControllers(int replicas) {
    return new Configuration("ingress", Map.of("web", 2), Map.of("web", 1),
        OptionalInt.of(replicas), "m6i.large", Optional.empty(), Optional.empty());
  }
}
