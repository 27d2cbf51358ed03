package kubeplan.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ByteSizeTest {

  @ParameterizedTest(name = "{0} = {1} B")
  @CsvSource({
    "800B, 800",
    "1KB, 1000",
    "16KiB, 16384",
    "1.5MB, 1500000",
    "1MiB, 1048576",
    "2GB, 2000000000",
    "1GiB, 1073741824",
    "0B, 0",
  })
  void parse_eachUnit_givesBytes(String text, double bytes) {
    assertEquals(bytes, ByteSize.parse(text).bytes(), 0);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "800|0|a size needs a unit: B, KB, KiB, MB, MiB, GB or GiB (got '800')",
        "16kb|2|unknown unit 'kb' in a size '16kb'; use B, KB, KiB, MB, MiB, GB or GiB",
        "16Kib|2|unknown unit 'Kib' in a size '16Kib'; use B, KB, KiB, MB, MiB, GB or GiB",
        "-1KB|0|a size must not be negative: '-1KB'",
      })
  void parse_badText_namesTheRuleAndOffset(String text, int offset, String message) {
    ValueSyntaxException e = assertThrows(ValueSyntaxException.class, () -> ByteSize.parse(text));
    assertEquals(message, e.getMessage());
    assertEquals(offset, e.offset());
  }

  @Test
  void constructor_negative_refused() {
    assertThrows(IllegalArgumentException.class, () -> new ByteSize(-1));
  }
}
