package kubeplan.scenario;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A sweep key's value at one point, as written and in the CSV base unit of its kind (per second,
 * milliseconds, bytes, bit/s, US dollars, a plain number), or as text for enums and distributions.
 *
 * @param text the value as written in the scenario ({@code 500/s}, {@code nftables})
 * @param number the value in its base unit; empty for enums, names and whole distributions
 */
public record SweepValue(String text, OptionalDouble number) {
  public SweepValue {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(number, "number");
  }

  /**
   * The value for a CSV cell: the number in plain notation without trailing zeros, else the text.
   */
  public String csv() {
    if (number.isEmpty()) {
      return text;
    }
    BigDecimal plain = BigDecimal.valueOf(number.getAsDouble()).stripTrailingZeros();
    return plain.scale() < 0 ? plain.setScale(0).toPlainString() : plain.toPlainString();
  }
}
