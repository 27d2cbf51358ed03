package kubeplan.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BandwidthTest {

  @ParameterizedTest(name = "{0} = {1} bit/s")
  @CsvSource({"10Gbps, 1e10", "500Mbps, 5e8", "2.5Gbps, 2.5e9"})
  void parse_eachUnit_givesBitsPerSecond(String text, double bits) {
    assertEquals(bits, Bandwidth.parse(text).bitsPerSecond(), 0);
  }

  @Test
  void bytesPerSecond_isAnEighthOfTheBits() {
    assertEquals(1.25e9, Bandwidth.parse("10Gbps").bytesPerSecond(), 0);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "10|0|a bandwidth needs a unit: Mbps or Gbps (got '10')",
        "10GBps|2|unknown unit 'GBps' in a bandwidth '10GBps'; use Mbps or Gbps",
        "0Gbps|0|a bandwidth must be positive: '0Gbps'",
      })
  void parse_badText_namesTheRuleAndOffset(String text, int offset, String message) {
    ValueSyntaxException e = assertThrows(ValueSyntaxException.class, () -> Bandwidth.parse(text));
    assertEquals(message, e.getMessage());
    assertEquals(offset, e.offset());
  }
}
