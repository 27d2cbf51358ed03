package kubeplan.results;

/**
 * Failed requests as fractions of measured requests, by cause: rejected by a full queue (503),
 * timed out at the client, unroutable (no endpoint or no Ingress rule), dropped on the way.
 */
public record ErrorRates(double rejected, double timeout, double unroutable, double dropped) {
  /** No request failed. */
  public static final ErrorRates NONE = new ErrorRates(0, 0, 0, 0);

  /** Rounding slack for the sum of four fractions of the same count. */
  private static final double SUM_TOLERANCE = 1e-12;

  public ErrorRates {
    Checks.fraction("errors_rejected", rejected);
    Checks.fraction("errors_timeout", timeout);
    Checks.fraction("errors_unroutable", unroutable);
    Checks.fraction("errors_dropped", dropped);
    double total = rejected + timeout + unroutable + dropped;
    if (total > 1 + SUM_TOLERANCE) {
      throw new IllegalArgumentException("error causes must sum to at most 1: " + total);
    }
  }

  /** {@code error_rate}: all failed requests over measured requests. */
  public double total() {
    return Math.min(1, rejected + timeout + unroutable + dropped);
  }
}
