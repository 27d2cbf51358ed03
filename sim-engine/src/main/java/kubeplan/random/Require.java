package kubeplan.random;

/** The parameter checks the distribution records share, with messages naming the parameter. */
final class Require {
  private Require() {}

  /** A probability argument of {@link Distribution#quantile}: in {@code [0, 1]}. */
  static void probability(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("probability must be in [0, 1]: " + p);
    }
  }

  /** A parameter that must be finite and positive. */
  static void positive(String family, String name, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          family + " " + name + " must be finite and positive: " + value);
    }
  }
}
