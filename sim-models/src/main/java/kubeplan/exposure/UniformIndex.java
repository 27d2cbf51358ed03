package kubeplan.exposure;

/**
 * One of {@code n} equally likely choices, decided by a uniform drawn when the request was created,
 * so the choice is the same for every exposure that makes it.
 */
final class UniformIndex {
  private UniformIndex() {}

  /** The uniform {@code u} in (0, 1) as an index in {@code [0, n)}. */
  static int of(double u, int n) {
    return Math.min(n - 1, (int) (u * n));
  }
}
