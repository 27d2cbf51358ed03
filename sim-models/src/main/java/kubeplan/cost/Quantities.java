package kubeplan.cost;

/** Preconditions on the measured quantities and prices the cost model multiplies. */
final class Quantities {
  private Quantities() {}

  /** Rejects a negative, infinite or NaN quantity, naming it. */
  static void requireNonNegative(String name, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be a finite number >= 0: " + value);
    }
  }
}
