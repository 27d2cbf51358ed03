package kubeplan.report.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class CellsTest {

  @Test
  void number_binaryRoundingNoise_isCutAt12SignificantDigits() {
    assertEquals("0.3", Cells.number(0.1 + 0.2));
  }

  @Test
  void millis_aLatencyOfTwoHours_keepsNanoseconds() {
    assertEquals("7200000.000001", Cells.millis(7_200_000.000001));
    assertEquals("0.000412", Cells.millis(0.00041249));
    assertEquals("12.5", Cells.millis(12.5));
    assertEquals("0", Cells.millis(0.0000004));
  }

  @Test
  void number_smallAndLargeValues_areWrittenWithoutExponent() {
    assertEquals("0.00000012", Cells.number(1.2e-7));
    assertEquals("3600000000000", Cells.number(3.6e12));
    assertEquals("-2.5", Cells.number(-2.5));
    assertEquals("0", Cells.number(-0.0));
  }

  @Test
  void number_notFinite_isRefused() {
    assertThrows(IllegalArgumentException.class, () -> Cells.number(Double.NaN));
  }

  @Test
  void absentValues_areEmptyCells() {
    assertEquals("", Cells.number(OptionalDouble.empty()));
    assertEquals("", Cells.text(Optional.empty()));
  }
}
