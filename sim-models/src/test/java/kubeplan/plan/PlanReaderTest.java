package kubeplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import kubeplan.routing.KubeProxyMode;
import kubeplan.routing.TrafficPolicy;
import kubeplan.scenario.Problem;
import kubeplan.scenario.ScenarioException;
import org.junit.jupiter.api.Test;

class PlanReaderTest {
  @Test
  void planSection_defaultsFromTheScenario_rangesAsWritten() throws Exception {
    PlanSpec plan = PlanReader.read(PlannerTest.resource("mm1-replicas.yaml")).plan();

    assertEquals(List.of(400.0), plan.ratesPerSecond());
    assertEquals(List.of("lb"), plan.exposures());
    assertEquals(new ServiceChoices("api", new IntRange(1, 40), List.of(1)),
        plan.service("api"));
    assertEquals(Optional.empty(), plan.controllerReplicas());
    assertEquals(5, plan.replications());
    assertEquals(20, plan.maxReplications());
  }

  @Test
  void unknownServiceInPlan_refusedAtItsLineWithSuggestion() throws Exception {
    ScenarioException refused = assertThrows(ScenarioException.class,
        () -> PlanReader.read(PlannerTest.resource("unknown-service.yaml")));

    Problem problem = refused.problems().get(0);
    assertEquals(1, refused.problems().size());
    assertEquals(32, problem.line());
    assertEquals("plan.services.apx", problem.field());
    assertEquals("service 'apx' is not defined; did you mean 'api'?", problem.message());
  }

  @Test
  void newVariables_defaultToTheScenarios_andReadAsWritten() throws Exception {
    PlanSpec defaults = PlanReader.read(PlannerTest.resource("mm1-replicas.yaml")).plan();
    PlanSpec written = PlanReader.read(PlannerTest.resource("node-limit.yaml")).plan();
    PlanSpec policies = PlanReader.read(PlannerTest.resource("local-saves-transfer.yaml")).plan();
    PlanSpec modes = PlanReader.read(PlannerTest.resource("kube-proxy-services.yaml")).plan();

    assertEquals(List.of("m6i.large"), defaults.nodeTypes());
    assertEquals(Optional.empty(), defaults.nodeCount());
    assertEquals(List.of(), defaults.externalTrafficPolicies());
    assertEquals(List.of(), defaults.kubeProxyModes());
    assertEquals(List.of("m6i.large", "m6i.xlarge"), written.nodeTypes());
    assertEquals(Optional.of(new IntRange(1, 2)), written.nodeCount());
    assertEquals(List.of(TrafficPolicy.CLUSTER, TrafficPolicy.LOCAL),
        policies.externalTrafficPolicies());
    assertEquals(List.of(KubeProxyMode.IPTABLES, KubeProxyMode.IPVS), modes.kubeProxyModes());
  }

  @Test
  void newVariablesWrong_eachRefusedAtItsLineAndColumn() throws Exception {
    ScenarioException refused = assertThrows(ScenarioException.class,
        () -> PlanReader.read(PlannerTest.resource("reader-errors.yaml")));

    assertEquals(List.of(
        "27:13: plan.nodes.types[0]: node type 'm6i.larg' is not in the node catalogue;"
            + " did you mean 'm6i.large'?",
        "27:23: plan.nodes.types[1]: node type 'c6i.large' has no price in aws-us-east-1.yaml;"
            + " set pricing.overrides.nodeHourly.c6i.large",
        "27:45: plan.nodes.types[3]: node type 'm6i.large' is listed twice",
        "28:26: plan.nodes.count.max: max 2 is below min 3",
        "29:26: plan.externalTrafficPolicy: no exposure of the plan lets traffic in through a"
            + " node port (NodePort, LoadBalancer with instance targets, Ingress with a"
            + " controller), so externalTrafficPolicy decides nothing",
        "30:31: plan.kubeProxy[2]: kube-proxy nftables would simulate like iptables here: both"
            + " pick endpoints at random, and the first-packet cost that sets them apart is paid"
            + " per new connection (workload.clients: many opens no connection)",
        "30:41: plan.kubeProxy[3]: ipvs is listed twice"),
        refused.problems().stream()
            .map(p -> p.line() + ":" + p.column() + ": " + p.field() + ": " + p.message())
            .sorted().toList());
  }
}
