package kubeplan.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import kubeplan.scenario.SweepValue;
import org.junit.jupiter.api.Test;

class ScenarioResultsTest {

  @Test
  void sweep_pointsInRowMajorOrder_keepTheirIndicesAndExposureOrder() {
    ScenarioResults results = ResultsFixtures.rateByServicesSweep();

    assertEquals(6, results.points().size());
    assertEquals(List.of("lb-per-service", "nodeport", "ingress"), results.exposureNames());
    assertEquals("5", results.points().get(1).sweepValues().get(1).text());
    assertTrue(results.swept());
  }

  @Test
  void points_withSweepValuesMissing_areRefusedNamingThePoint() {
    ScenarioResults sweep = ResultsFixtures.rateSweep();
    PointResults bare = new PointResults(0, List.of(), sweep.points().get(0).exposures());

    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> ResultsFixtures.scenario("bad", sweep.sweepKeys(), List.of(bare)));

    assertEquals("point 0 has 0 sweep values for 1 sweep keys", error.getMessage());
  }

  @Test
  void points_outOfOrder_areRefused() {
    PointResults first = ResultsFixtures.rateSweep().points().get(1);

    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ResultsFixtures.scenario(
                    "bad", ResultsFixtures.rateSweep().sweepKeys(), List.of(first)));

    assertEquals("point 0 has index 1", error.getMessage());
  }

  @Test
  void noSweep_withTwoPoints_isRefused() {
    PointResults point = ResultsFixtures.threeExposures().points().get(0);
    PointResults second = new PointResults(1, List.of(), point.exposures());

    assertThrows(
        IllegalArgumentException.class,
        () -> ResultsFixtures.scenario("bad", List.of(), List.of(point, second)));
  }

  @Test
  void exposures_judgedAgainstAnotherSlo_areRefused() {
    ScenarioResults results = ResultsFixtures.threeExposures();

    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new ScenarioResults(
                    results.name(),
                    results.description(),
                    results.source(),
                    results.seed(),
                    results.run(),
                    results.sweepKeys(),
                    results.points(),
                    Slo.none(),
                    results.breakEvens(),
                    results.warnings(),
                    results.reproducibility()));

    assertTrue(
        error.getMessage().startsWith("exposure lb-per-service at point 0 was judged"),
        error::getMessage);
  }

  @Test
  void breakEven_alongAKeyThatIsNotSwept_isRefused() {
    ScenarioResults results = ResultsFixtures.rateSweep();
    BreakEven breakEven =
        new BreakEven(
            "services[foo].copies",
            "cost_per_month_usd",
            "lb-per-service",
            "ingress",
            new SweepValue("5.3", OptionalDouble.of(5.3)));

    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new ScenarioResults(
                    results.name(),
                    results.description(),
                    results.source(),
                    results.seed(),
                    results.run(),
                    results.sweepKeys(),
                    results.points(),
                    results.slo(),
                    List.of(breakEven),
                    results.warnings(),
                    results.reproducibility()));

    assertEquals(
        "break-even along services[foo].copies, which is not a sweep key", error.getMessage());
  }

  @Test
  void scenarioName_outsideTheScenarioGrammar_isRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ResultsFixtures.scenario(
                "Seed Three", List.of(), ResultsFixtures.threeExposures().points()));
  }

  @Test
  void batch_withTheSameScenarioTwice_isRefused() {
    ScenarioResults results = ResultsFixtures.threeExposures();

    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class, () -> new BatchResults(List.of(results, results)));

    assertEquals(
        "scenario names in a batch must be unique: seed-three-exposures appears twice",
        error.getMessage());
  }
}
