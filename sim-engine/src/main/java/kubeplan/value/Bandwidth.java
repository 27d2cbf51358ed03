package kubeplan.value;

/** A link's capacity in bits per second; written {@code 500Mbps} or {@code 10Gbps} (10⁶, 10⁹). */
public record Bandwidth(double bitsPerSecond) {
  private static final String KIND = "a bandwidth";
  private static final String UNITS = "Mbps or Gbps";

  /**
   * @throws IllegalArgumentException unless {@code bitsPerSecond} is finite and positive
   */
  public Bandwidth {
    if (!(bitsPerSecond > 0) || Double.isInfinite(bitsPerSecond)) {
      throw new IllegalArgumentException(
          "bandwidth must be finite and positive: " + bitsPerSecond + " bit/s");
    }
  }

  /**
   * Parses a positive number followed by {@code Mbps} or {@code Gbps}.
   *
   * @throws ValueSyntaxException for a missing or unknown unit or a number that is not positive
   */
  public static Bandwidth parse(String text) {
    Magnitude m = Magnitude.parse(text, KIND);
    double scale;
    switch (m.unit()) {
      case "Mbps":
        scale = 1e6;
        break;
      case "Gbps":
        scale = 1e9;
        break;
      default:
        throw m.unknownUnit(KIND, UNITS);
    }
    if (m.number().signum() <= 0) {
      throw new ValueSyntaxException(
          text, 0, "a bandwidth must be positive: '" + text.strip() + "'");
    }
    return new Bandwidth(m.value(KIND) * scale);
  }

  /** The capacity in bytes per second: {@code bitsPerSecond / 8}. */
  public double bytesPerSecond() {
    return bitsPerSecond / 8;
  }
}
