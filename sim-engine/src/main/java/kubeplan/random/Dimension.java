package kubeplan.random;

import kubeplan.value.ByteSize;
import kubeplan.value.Durations;
import kubeplan.value.ValueSyntaxException;

/**
 * What the values of a distribution measure, and so which units its parameters must carry.
 * Distributions hold values in base units: seconds, bytes, or plain numbers.
 */
public enum Dimension {
  /** Durations: parameters like {@code 4ms}, values in seconds. */
  TIME("a duration such as 4ms") {
    @Override
    public double parse(String text) {
      return Durations.parseSeconds(text);
    }
  },
  /** Amounts of data: parameters like {@code 800B}, values in bytes. */
  SIZE("a size such as 800B") {
    @Override
    public double parse(String text) {
      return ByteSize.parse(text).bytes();
    }
  },
  /** Plain numbers without a unit, such as a count. */
  NUMBER("a plain number") {
    @Override
    public double parse(String text) {
      return plainNumber(text);
    }
  };

  private final String example;

  Dimension(String example) {
    this.example = example;
  }

  /**
   * Parses one value of this dimension into base units (seconds, bytes or the number itself).
   *
   * @throws ValueSyntaxException if the unit is missing, unknown or of another dimension
   */
  public abstract double parse(String text);

  /** What a value of this dimension looks like, for messages: {@code "a duration such as 4ms"}. */
  public String example() {
    return example;
  }

  /**
   * Parses a number without a unit, such as {@code 3}, {@code 0.5} or {@code 1e-3}.
   *
   * @throws ValueSyntaxException if the text is not a finite decimal number
   */
  public static double plainNumber(String text) {
    String trimmed = text.strip();
    int start = text.length() - text.stripLeading().length();
    if (!trimmed.matches("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?")) {
      throw new ValueSyntaxException(
          text, start, "expected a plain number without a unit, got '" + trimmed + "'");
    }
    double value = Double.parseDouble(trimmed);
    if (Double.isInfinite(value)) {
      throw new ValueSyntaxException(text, start, "number is too large: '" + trimmed + "'");
    }
    return value;
  }
}
