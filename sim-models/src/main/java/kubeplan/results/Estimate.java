package kubeplan.results;

/**
 * A value with the half-width of its confidence interval over replications (measurement.md): the
 * interval is {@code value ± ciHalfWidth}.
 */
public record Estimate(double value, double ciHalfWidth) {
  public Estimate {
    Checks.finite("value", value);
    Checks.nonNegative("ciHalfWidth", ciHalfWidth);
  }

  /** The upper end of the confidence interval, against which an SLO target is judged. */
  public double upper() {
    return value + ciHalfWidth;
  }
}
