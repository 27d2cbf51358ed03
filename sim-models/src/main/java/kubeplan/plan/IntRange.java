package kubeplan.plan;

/** The whole numbers {@code min..max}, both included: the range of one decision variable. */
public record IntRange(int min, int max) {
  public IntRange {
    if (min < 1) {
      throw new IllegalArgumentException("a range starts at 1 or more: " + min);
    }
    if (max < min) {
      throw new IllegalArgumentException("range max " + max + " is below its min " + min);
    }
  }

  /** The range holding only {@code value}. */
  public static IntRange of(int value) {
    return new IntRange(value, value);
  }

  /** How many values the range holds. */
  public int size() {
    return max - min + 1;
  }

  @Override
  public String toString() {
    return min == max ? Integer.toString(min) : min + ".." + max;
  }
}
