package kubeplan.value;

/**
 * An amount of data in bytes; written with {@code B}, the decimal {@code KB MB GB} (10³, 10⁶, 10⁹)
 * or the binary {@code KiB MiB GiB} (2¹⁰, 2²⁰, 2³⁰): {@code 800B}, {@code 16KiB}.
 */
public record ByteSize(double bytes) {
  private static final String KIND = "a size";
  private static final String UNITS = "B, KB, KiB, MB, MiB, GB or GiB";

  /**
   * @throws IllegalArgumentException if {@code bytes} is negative, NaN or infinite
   */
  public ByteSize {
    if (!(bytes >= 0) || Double.isInfinite(bytes)) {
      throw new IllegalArgumentException("size must be finite and non-negative: " + bytes + "B");
    }
  }

  /**
   * Parses a number followed by a size unit; units are case-sensitive ({@code kb} is refused, so
   * that bits and bytes are never confused).
   *
   * @throws ValueSyntaxException for a missing or unknown unit or a negative number
   */
  public static ByteSize parse(String text) {
    Magnitude m = Magnitude.parse(text, KIND).requireNonNegative(KIND);
    double scale;
    switch (m.unit()) {
      case "B":
        scale = 1;
        break;
      case "KB":
        scale = 1e3;
        break;
      case "KiB":
        scale = 0x1p10;
        break;
      case "MB":
        scale = 1e6;
        break;
      case "MiB":
        scale = 0x1p20;
        break;
      case "GB":
        scale = 1e9;
        break;
      case "GiB":
        scale = 0x1p30;
        break;
      default:
        throw m.unknownUnit(KIND, UNITS);
    }
    return new ByteSize(m.value(KIND) * scale);
  }
}
