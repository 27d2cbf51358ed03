package kubeplan.replication;

/**
 * A sequential-stopping target: add replications until the metric's confidence interval, relative
 * to its value, is narrower than {@code relativeHalfWidth}, between {@code minReplications} and
 * {@code maxReplications} replications.
 *
 * <p>Example: {@code new Precision(0.02, 0.95, 5, 200)} stops at the first n in [5, 200] whose 95 %
 * interval is within ±2 % of the mean.
 */
public record Precision(
    double relativeHalfWidth, double confidence, int minReplications, int maxReplications) {

  public Precision {
    if (!(relativeHalfWidth > 0) || Double.isInfinite(relativeHalfWidth)) {
      throw new IllegalArgumentException(
          "relative half-width target must be finite and > 0: " + relativeHalfWidth);
    }
    Estimate.requireConfidence(confidence);
    if (minReplications < 2) {
      throw new IllegalArgumentException(
          "minReplications must be >= 2 (one replication has no"
              + " confidence interval): "
              + minReplications);
    }
    if (maxReplications < minReplications) {
      throw new IllegalArgumentException(
          "maxReplications ("
              + maxReplications
              + ") must be >= minReplications ("
              + minReplications
              + ")");
    }
  }

  /** Whether {@code estimate} is precise enough: its relative half-width is below the target. */
  public boolean isMetBy(Estimate estimate) {
    return estimate.relativeHalfWidth() < relativeHalfWidth;
  }
}
