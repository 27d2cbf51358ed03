package kubeplan.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FractionTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"0.1%, 0.001", "0.001, 0.001", "100%, 1", "0, 0", "1, 1", "50 %, 0.5"})
  void parse_percentOrFraction_givesTheFraction(String text, double value) {
    assertEquals(value, Fraction.parse(text).value(), 1e-18);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "150%|0|a fraction must be between 0 and 1 (0% and 100%): '150%'",
        "1.5|0|a fraction must be between 0 and 1 (0% and 100%): '1.5'",
        "-0.1|0|a fraction must be between 0 and 1 (0% and 100%): '-0.1'",
        "5pct|1|unknown unit 'pct' in a fraction '5pct'; write a percentage like 0.1% or a fraction"
            + " like 0.001",
      })
  void parse_badText_namesTheRuleAndOffset(String text, int offset, String message) {
    ValueSyntaxException e = assertThrows(ValueSyntaxException.class, () -> Fraction.parse(text));
    assertEquals(message, e.getMessage());
    assertEquals(offset, e.offset());
  }
}
