package kubeplan.value;

/**
 * How often something happens, in events per second; written {@code 2000/s}, {@code 90/min} or
 * {@code 3600/h}.
 */
public record Rate(double perSecond) {
  private static final String KIND = "a rate";
  private static final String UNITS = "/s, /min or /h";

  /**
   * @throws IllegalArgumentException if {@code perSecond} is negative, NaN or infinite
   */
  public Rate {
    if (!(perSecond >= 0) || Double.isInfinite(perSecond)) {
      throw new IllegalArgumentException(
          "rate must be finite and non-negative: " + perSecond + "/s");
    }
  }

  /**
   * Parses {@code number/s}, {@code number/min} or {@code number/h}.
   *
   * @throws ValueSyntaxException for a missing or unknown unit or a negative number
   */
  public static Rate parse(String text) {
    Magnitude m = Magnitude.parse(text, KIND).requireNonNegative(KIND);
    double seconds;
    switch (m.unit().replace(" ", "")) {
      case "/s":
        seconds = 1;
        break;
      case "/min":
        seconds = 60;
        break;
      case "/h":
        seconds = 3600;
        break;
      default:
        throw m.unknownUnit(KIND, UNITS);
    }
    return new Rate(m.value(KIND) / seconds);
  }

  /** The mean time between events in seconds: {@code 1 / perSecond}, infinite for a zero rate. */
  public double meanIntervalSeconds() {
    return 1 / perSecond;
  }
}
