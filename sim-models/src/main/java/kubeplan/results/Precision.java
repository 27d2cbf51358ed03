package kubeplan.results;

/**
 * Sequential stopping: replications were added until the CI half-width of {@code metric} (a
 * summary.csv column), relative to its value, fell below {@code relativeHalfWidth}.
 */
public record Precision(String metric, double relativeHalfWidth, int maxReplications) {
  public Precision {
    Checks.nonBlank("precision metric", metric);
    if (!(relativeHalfWidth > 0 && relativeHalfWidth < 1)) {
      throw new IllegalArgumentException(
          "relativeHalfWidth must be in (0, 1): " + relativeHalfWidth);
    }
    if (maxReplications < 2) {
      throw new IllegalArgumentException("maxReplications must be >= 2: " + maxReplications);
    }
  }
}
