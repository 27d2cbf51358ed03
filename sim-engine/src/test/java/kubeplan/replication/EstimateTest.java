package kubeplan.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EstimateTest {
  /** t(0.975; 4) to six decimals, as R's {@code qt(0.975, 4)} prints it. */
  private static final double T_975_4 = 2.776445;

  @Test
  void mean_ofFiveValues_hasTheStudentTHalfWidth() {
    Estimate estimate = Estimate.mean(new double[] {1, 2, 3, 4, 5}, 0.95);
    assertEquals(3.0, estimate.value());
    // s^2 = 2.5, so s / sqrt(n) = sqrt(0.5); the table's six digits bound the error.
    assertEquals(T_975_4 * Math.sqrt(0.5), estimate.halfWidth(), 1e-6);
    assertEquals(5, estimate.n());
    assertEquals(3.0 - estimate.halfWidth(), estimate.lower());
    assertEquals(3.0 + estimate.halfWidth(), estimate.upper());
  }

  @Test
  void higherConfidence_givesAWiderInterval() {
    double[] values = {1, 2, 3, 4, 5};
    assertTrue(Estimate.mean(values, 0.999).halfWidth() > Estimate.mean(values, 0.95).halfWidth());
  }

  @Test
  void oneReplication_hasAnInfiniteHalfWidth_notNaN() {
    Estimate single = Estimate.mean(new double[] {7.5}, 0.95);
    assertEquals(7.5, single.value());
    assertEquals(Double.POSITIVE_INFINITY, single.halfWidth());
    assertEquals(Double.POSITIVE_INFINITY, single.relativeHalfWidth());
    assertTrue(single.contains(-1e300));
    assertFalse(single.meetsTarget(1e300));
    assertFalse(new Precision(0.5, 0.95, 2, 10).isMetBy(single));
  }

  @Test
  void identicalValues_haveAZeroHalfWidth() {
    Estimate constant = Estimate.mean(new double[] {2, 2, 2}, 0.95);
    assertEquals(0.0, constant.halfWidth());
    assertEquals(0.0, constant.relativeHalfWidth());
    assertTrue(constant.contains(2));
    assertFalse(constant.contains(2.000001));
  }

  @Test
  void relativeHalfWidth_isHalfWidthOverTheMagnitude_andInfiniteAtAZeroValue() {
    assertEquals(0.1, new Estimate(-5, 0.5, 3, 0.95).relativeHalfWidth(), 1e-15);
    assertEquals(Double.POSITIVE_INFINITY, new Estimate(0, 0.5, 3, 0.95).relativeHalfWidth());
    assertEquals(0.0, new Estimate(0, 0, 3, 0.95).relativeHalfWidth());
  }

  @Test
  void meetsTarget_onlyWhenTheWholeIntervalIsAtOrBelowIt() {
    Estimate p99 = new Estimate(0.180, 0.015, 10, 0.95);
    assertTrue(p99.meetsTarget(0.200));
    assertTrue(p99.meetsTarget(0.195));
    assertFalse(p99.meetsTarget(0.190), "the value is below 190 ms but its interval is not");
  }

  @Test
  void pairedDifference_isTheMeanOfPerReplicationDifferences() {
    Estimate difference =
        Estimate.pairedDifference(
            new double[] {11, 12, 13, 14, 15}, new double[] {10, 10, 10, 10, 10}, 0.95);
    Estimate direct = Estimate.mean(new double[] {1, 2, 3, 4, 5}, 0.95);
    assertEquals(direct, difference);
  }

  @Test
  void pairedDifference_ofUnequalReplicationCounts_isRefusedNamingBoth() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> Estimate.pairedDifference(new double[] {1, 2, 3}, new double[] {1, 2}, 0.95));
    assertEquals(
        "paired values need the same replications: variant has 3, baseline has 2",
        error.getMessage());
  }

  @Test
  void around_centresOnTheGivenValue_withTheSpreadOfTheOthers() {
    Estimate pooled = Estimate.around(10, new double[] {1, 2, 3, 4, 5}, 0.95);
    assertEquals(10.0, pooled.value());
    assertEquals(Estimate.mean(new double[] {1, 2, 3, 4, 5}, 0.95).halfWidth(), pooled.halfWidth());
  }

  @Test
  void scaled_convertsValueAndHalfWidth() {
    Estimate seconds = new Estimate(2_500_000, 100_000, 4, 0.95).scaled(1e-9);
    assertEquals(2.5e-3, seconds.value(), 1e-18);
    assertEquals(1e-4, seconds.halfWidth(), 1e-18);
    assertEquals(4, seconds.n());
  }

  @Test
  void badInputs_areRefusedNamingTheValueAndTheRule() {
    assertEquals(
        "confidence must lie strictly between 0 and 1: 95.0",
        assertThrows(IllegalArgumentException.class, () -> Estimate.mean(new double[] {1, 2}, 95))
            .getMessage());
    assertEquals(
        "values must hold at least one replication's value",
        assertThrows(IllegalArgumentException.class, () -> Estimate.mean(new double[0], 0.95))
            .getMessage());
    assertEquals(
        "values[1] must be a finite number: NaN",
        assertThrows(
                IllegalArgumentException.class,
                () -> Estimate.mean(new double[] {1, Double.NaN}, 0.95))
            .getMessage());
  }

  @Test
  void toString_readsAsValuePlusMinusHalfWidth() {
    assertEquals(
        "3.00000 ± 1.96 (95% CI, n=5)",
        Estimate.mean(new double[] {1, 2, 3, 4, 5}, 0.95).toString());
  }
}
