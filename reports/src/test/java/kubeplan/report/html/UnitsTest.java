package kubeplan.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class UnitsTest {

  @Test
  void latencies_haveThreeSignificantDigitsAndTheirUnit() {
    assertEquals("12.3 ms", Units.ms(12.345));
    assertEquals("0.412 ms", Units.ms(0.41249));
    assertEquals("1,235 ms", Units.ms(1234.6));
    assertEquals("34.6 ± 0.53 ms", Units.ms(34.61, 0.5301));
  }

  @Test
  void money_showsCentsFromADollarOn() {
    assertEquals("$1,234.50", Units.usd(1234.5));
    assertEquals("$0.0123", Units.usd(0.012345));
    assertEquals("−$16.43", Units.usd(-16.425));
  }

  @Test
  void fractionsAndRates_readAsPercentagesAndRequestsPerSecond() {
    assertEquals("0.1 %", Units.percent(0.001));
    assertEquals("0 %", Units.percent(0));
    assertEquals("2,000 req/s", Units.rps(2000));
    assertEquals("+3.1 ms", Units.signed(Units.ms(3.1), 3.1));
  }

  @Test
  void numbers_underAGermanDefaultLocale_stayEnglish() {
    Locale original = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
    try {
      assertEquals("1,234.50 → 12.3 ms", Units.usd(1234.5).substring(1) + " → " + Units.ms(12.345));
    } finally {
      Locale.setDefault(original);
    }
  }
}
