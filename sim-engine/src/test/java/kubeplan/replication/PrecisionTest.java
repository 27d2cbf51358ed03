package kubeplan.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PrecisionTest {

  @Test
  void isMetBy_whenTheRelativeHalfWidthIsStrictlyBelowTheTarget() {
    Precision twoPercent = new Precision(0.02, 0.95, 5, 100);
    assertTrue(twoPercent.isMetBy(new Estimate(100, 1.99, 5, 0.95)));
    assertFalse(twoPercent.isMetBy(new Estimate(100, 2.0, 5, 0.95)));
  }

  @Test
  void aMaximumBelowTheMinimum_isRefusedNamingBoth() {
    assertEquals(
        "maxReplications (3) must be >= minReplications (5)",
        assertThrows(IllegalArgumentException.class, () -> new Precision(0.02, 0.95, 5, 3))
            .getMessage());
  }

  @Test
  void fewerThanTwoReplications_orANonPositiveTarget_areRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Precision(0.02, 0.95, 1, 10));
    assertEquals(
        "relative half-width target must be finite and > 0: 0.0",
        assertThrows(IllegalArgumentException.class, () -> new Precision(0, 0.95, 2, 10))
            .getMessage());
  }
}
