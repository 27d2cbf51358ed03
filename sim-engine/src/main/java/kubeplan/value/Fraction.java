package kubeplan.value;

/** A proportion in {@code [0, 1]}; written as a percentage ({@code 0.1%}) or a fraction. */
public record Fraction(double value) {
  private static final String KIND = "a fraction";

  /**
   * @throws IllegalArgumentException unless {@code value} is in {@code [0, 1]}
   */
  public Fraction {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException("fraction must be in [0, 1]: " + value);
    }
  }

  /**
   * Parses {@code number%} (divided by 100) or a bare fraction.
   *
   * <pre>
   *   "0.1%"   -- 0.001
   *   "0.001"  -- 0.001
   *   "150%"   -- an error: must be in [0, 1]
   * </pre>
   *
   * @throws ValueSyntaxException for a unit other than {@code %} or a value outside [0, 1]
   */
  public static Fraction parse(String text) {
    Magnitude m = Magnitude.parse(text, KIND);
    double value;
    if (m.unit().equals("%")) {
      value = m.value(KIND) / 100;
    } else if (m.unit().isEmpty()) {
      value = m.value(KIND);
    } else {
      throw new ValueSyntaxException(
          text,
          m.unitOffset(),
          "unknown unit '"
              + m.unit()
              + "' in a fraction '"
              + text.strip()
              + "'; write a percentage like 0.1% or a fraction like 0.001");
    }
    if (!(value >= 0 && value <= 1)) {
      throw new ValueSyntaxException(
          text, 0, "a fraction must be between 0 and 1 (0% and 100%): '" + text.strip() + "'");
    }
    return new Fraction(value);
  }
}
