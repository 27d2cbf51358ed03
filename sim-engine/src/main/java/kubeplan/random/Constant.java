package kubeplan.random;

/** Always the same value; draws nothing from the stream. */
public record Constant(double value, String text) implements Distribution {
  /**
   * @throws IllegalArgumentException if {@code value} is not finite
   */
  public Constant {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("constant value must be finite: " + value);
    }
  }

  /** A constant whose text is {@code constant(value)} in base units. */
  public Constant(double value) {
    this(value, "constant(" + value + ")");
  }

  @Override
  public double sample(RandomStream stream) {
    return value;
  }

  @Override
  public double mean() {
    return value;
  }

  @Override
  public double variance() {
    return 0;
  }

  @Override
  public double quantile(double p) {
    Require.probability(p);
    return value;
  }
}
