package kubeplan.random;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

class StandardNormalTest {
  @Test
  void quantile_tabulatedPoints_areExactToTheLastDigits() {
    assertEquals(0.0, StandardNormal.quantile(0.5));
    // Φ⁻¹(0.975) and Φ⁻¹(0.99) to 16 digits (Wichura 1988, table 1; any statistics table).
    assertEquals(1.959963984540054, StandardNormal.quantile(0.975), 2e-15);
    assertEquals(StandardNormal.Z_99, StandardNormal.quantile(0.99), 4e-15);
    assertEquals(-StandardNormal.Z_99, StandardNormal.quantile(0.01), 4e-15);
  }

  @Test
  void quantile_isTheInverseOfTheCdf_toRelativeAccuracy1e13_downToTheSmallestUniform() {
    // RandomStream's uniforms lie in [2^-53, 1 - 2^-53]; the tails there are 8.2 standard
    // deviations out. Commons Math's erfc is accurate to about 1e-15 relative in both tails.
    for (double p = 0x1p-53; p < 0.5; p *= 1.37) {
      assertEquals(p, StandardNormal.cdf(StandardNormal.quantile(p)), 1e-13 * p, "p = " + p);
      double upper = StandardNormal.quantile(1 - p);
      assertEquals(p, StandardNormal.cdf(-upper), 1e-13 * p + 0x1p-53, "1 - p, p = " + p);
    }
  }

  @Test
  void quantile_isAntisymmetricAboutOneHalf() {
    for (int k = 1; k < 1024; k++) {
      double p = k / 1024.0;
      assertEquals(-StandardNormal.quantile(p), StandardNormal.quantile(1 - p), 0.0, "p = " + p);
    }
  }

  @Test
  void quantile_agreesWithTheInverseErrorFunction_inTheBodyOfTheDistribution() {
    for (int k = 1; k < 1000; k++) {
      double p = k / 1000.0;
      double viaErfInv = Math.sqrt(2) * Erf.erfInv(2 * p - 1);
      assertEquals(viaErfInv, StandardNormal.quantile(p), 1e-14 * Math.max(1, Math.abs(viaErfInv)),
          "p = " + p);
    }
  }
}
