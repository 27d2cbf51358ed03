package kubeplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
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
}
