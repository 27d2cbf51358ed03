package kubeplan.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import kubeplan.scenario.SloSpec;
import kubeplan.scenario.SloSpec.MeasuredAt;
import org.junit.jupiter.api.Test;

class ExposureResultsTest {

  @Test
  void cost_oneLoadBalancerAndOneNode_isTheSumOfItemsPerMonthAndPer730Hours() {
    ExposureResults exposure =
        withCosts(
            List.of(
                new CostItem("load-balancer-hours", 730, "LB-hours", 0.0225, 16.425),
                new CostItem("nodes", 730, "node-hours", 0.096, 70.08)));

    assertEquals(86.505, exposure.costPerMonthUsd(), 1e-12);
    assertEquals(86.505 / 730, exposure.costPerHourUsd(), 1e-12);
  }

  @Test
  void costPerMillionRequests_at2000PerSecond_dividesByMonthlySuccessfulRequests() {
    ExposureResults exposure = ResultsFixtures.threeExposures().points().get(0).baseline();
    double monthlyRequests = exposure.summary().throughputRps() * 730 * 3600;

    assertEquals(
        exposure.costPerMonthUsd() / monthlyRequests * 1e6,
        exposure.costPerMillionRequestsUsd().orElseThrow(),
        1e-12);
  }

  @Test
  void costPerMillionRequests_withoutSuccessfulRequests_isEmpty() {
    ExposureResults failed =
        ResultsFixtures.withFailedExposure().points().get(0).exposures().get(3);

    assertEquals(OptionalDouble.empty(), failed.costPerMillionRequestsUsd());
    assertFalse(failed.sloMet());
  }

  @Test
  void sloCheck_upperEndOfCiAboveLimit_isNotMetThoughTheValueIsBelow() {
    SloTarget p99 = new SloTarget(SloMetric.LATENCY_P99, 50);

    assertFalse(new SloCheck(p99, Optional.of(new Estimate(49, 2))).met());
    assertTrue(new SloCheck(p99, Optional.of(new Estimate(49, 1))).met());
    assertFalse(new SloCheck(p99, Optional.empty()).met());
  }

  @Test
  void cheapestMeetingSlo_seedPoint_isTheCheapestExposureWhoseChecksAllPass() {
    PointResults point = ResultsFixtures.threeExposures().points().get(0);

    ExposureResults cheapest = point.cheapestMeetingSlo().orElseThrow();

    assertEquals("nodeport", cheapest.name());
    assertTrue(
        point.exposures().stream()
            .filter(ExposureResults::sloMet)
            .allMatch(e -> e.costPerMonthUsd() >= cheapest.costPerMonthUsd()));
  }

  @Test
  void typeName_isSpelledAsKubernetesSpellsServiceTypes() {
    List<String> names =
        ResultsFixtures.threeExposures().points().get(0).exposures().stream()
            .map(ExposureResults::typeName)
            .toList();

    assertEquals(List.of("LoadBalancer", "NodePort", "Ingress"), names);
  }

  @Test
  void slo_fromAScenarioSloSpec_hasItsTargetsInMilliseconds() {
    SloSpec spec =
        new SloSpec(
            Optional.empty(),
            Optional.empty(),
            Optional.of(Duration.ofMillis(50)),
            Optional.empty(),
            Optional.of(Duration.ofNanos(12_500_000)),
            OptionalDouble.of(0.001),
            MeasuredAt.EDGE);

    Slo slo = Slo.of(spec);

    assertEquals(
        List.of(
            new SloTarget(SloMetric.LATENCY_MEAN, 12.5),
            new SloTarget(SloMetric.LATENCY_P99, 50),
            new SloTarget(SloMetric.ERROR_RATE, 0.001)),
        slo.targets());
    assertEquals(MeasuredAt.EDGE, slo.measuredAt());
  }

  @Test
  void errorRates_causes_sumToTheTotal() {
    ErrorRates errors = new ErrorRates(0.001, 0.0005, 0.00025, 0.00025);

    assertEquals(0.002, errors.total(), 1e-15);
    assertThrows(IllegalArgumentException.class, () -> new ErrorRates(0.6, 0.6, 0, 0));
  }

  @Test
  void percentileCi_below100000RequestsPerReplication_isApproximate() {
    Summary few = new Summary(10, 99_999, 100, 100, ErrorRates.NONE, false);
    Summary enough = new Summary(10, 100_000, 100, 100, ErrorRates.NONE, false);

    assertTrue(few.percentileCiApproximate());
    assertFalse(enough.percentileCiApproximate());
  }

  @Test
  void component_whoseNameDoesNotStartWithItsKind_isRefused() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new ComponentResult(
                    "foo/0",
                    ComponentKind.POD,
                    Optional.of("a"),
                    Optional.of("a-0"),
                    OptionalDouble.of(0.5),
                    OptionalDouble.of(1),
                    OptionalDouble.of(2),
                    100,
                    0));

    assertEquals("component name must start with its kind 'pod/': foo/0", error.getMessage());
  }

  @Test
  void latencyCdf_fractions_areTheFixedGridOfOutputsMd() {
    assertEquals(204, LatencyCdf.FRACTIONS.size());
    assertEquals(0.005, LatencyCdf.FRACTIONS.get(1));
    assertEquals(0.99, LatencyCdf.FRACTIONS.get(198));
    assertEquals(
        List.of(0.995, 0.999, 0.9995, 0.9999, 1.0), LatencyCdf.FRACTIONS.subList(199, 204));
  }

  @Test
  void latencyCdf_withDecreasingLatency_isRefused() {
    List<CdfPoint> points = new ArrayList<>();
    for (double fraction : LatencyCdf.FRACTIONS) {
      points.add(new CdfPoint(fraction, fraction == 1.0 ? 0 : 1));
    }

    assertThrows(IllegalArgumentException.class, () -> new LatencyCdf(points));
  }

  private static ExposureResults withCosts(List<CostItem> costs) {
    ExposureResults exposure = ResultsFixtures.threeExposures().points().get(0).baseline();
    return new ExposureResults(
        exposure.name(),
        exposure.type(),
        exposure.summary(),
        exposure.latency(),
        exposure.sloChecks(),
        exposure.differences(),
        exposure.routes(),
        exposure.components(),
        exposure.hops(),
        costs);
  }
}
