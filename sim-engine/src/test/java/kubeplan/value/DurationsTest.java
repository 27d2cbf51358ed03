package kubeplan.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTest {

  @ParameterizedTest(name = "{0} = {1} ns")
  @CsvSource({
    "1ns, 1",
    "250us, 250000",
    "250µs, 250000",
    "250μs, 250000",
    "1.5ms, 1500000",
    "5ms, 5000000",
    "120s, 120000000000",
    "0.5s, 500000000",
    "2m, 120000000000",
    "2h, 7200000000000",
    "1e3us, 1000000",
    "' 4 ms ', 4000000",
    "0s, 0",
  })
  void parse_eachUnit_givesExactNanoseconds(String text, long nanos) {
    assertEquals(Duration.ofNanos(nanos), Durations.parse(text));
  }

  @ParameterizedTest(name = "{0} = {1} s")
  @CsvSource({"250us, 0.00025", "1.5ms, 0.0015", "60s, 60", "2h, 7200", "100ns, 1e-7"})
  void parseSeconds_eachUnit_givesSeconds(String text, double seconds) {
    assertEquals(seconds, Durations.parseSeconds(text), 0);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "5|0|a duration needs a unit: ns, us, ms, s, m or h (got '5')",
        "5sec|1|unknown unit 'sec' in a duration '5sec'; use ns, us, ms, s, m or h",
        "5 MS|2|unknown unit 'MS' in a duration '5 MS'; use ns, us, ms, s, m or h",
        "-5ms|0|a duration must not be negative: '-5ms'",
        "ms|0|a duration must start with a number: 'ms'",
        "''|0|a duration is empty",
        "0.1ns|0|a duration must be at least 1ns: '0.1ns'",
      })
  void parse_badText_namesTheRuleAndOffset(String text, int offset, String message) {
    ValueSyntaxException e = assertThrows(ValueSyntaxException.class, () -> Durations.parse(text));
    assertEquals(message, e.getMessage());
    assertEquals(offset, e.offset());
    assertEquals(text, e.text());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({"PT0.0015S, 0.0015", "PT2H, 7200", "PT0.000000001S, 1e-9"})
  void seconds_ofDuration_isItsLengthInSeconds(String iso, double seconds) {
    assertEquals(seconds, Durations.seconds(Duration.parse(iso)), 1e-15);
  }
}
