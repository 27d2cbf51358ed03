package kubeplan.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateTest {

  @ParameterizedTest(name = "{0} = {1}/s")
  @CsvSource({
    "2000/s, 2000",
    "90/min, 1.5",
    "3600/h, 1",
    "0.5/s, 0.5",
    "0/s, 0",
    "1 / min, 0.0166666666666666667"
  })
  void parse_eachUnit_givesEventsPerSecond(String text, double perSecond) {
    assertEquals(perSecond, Rate.parse(text).perSecond(), 1e-15);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2000|0|a rate needs a unit: /s, /min or /h (got '2000')",
        "2000/sec|4|unknown unit '/sec' in a rate '2000/sec'; use /s, /min or /h",
        "2000 per s|5|unknown unit 'per s' in a rate '2000 per s'; use /s, /min or /h",
        "-1/s|0|a rate must not be negative: '-1/s'",
      })
  void parse_badText_namesTheRuleAndOffset(String text, int offset, String message) {
    ValueSyntaxException e = assertThrows(ValueSyntaxException.class, () -> Rate.parse(text));
    assertEquals(message, e.getMessage());
    assertEquals(offset, e.offset());
  }

  @Test
  void meanInterval_isTheReciprocal() {
    assertEquals(0.0005, new Rate(2000).meanIntervalSeconds(), 0);
  }

  @Test
  void constructor_negativeOrInfinite_refused() {
    assertThrows(IllegalArgumentException.class, () -> new Rate(-1));
    assertThrows(IllegalArgumentException.class, () -> new Rate(Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> new Rate(Double.NaN));
  }
}
