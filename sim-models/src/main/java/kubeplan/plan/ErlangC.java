package kubeplan.plan;

/** Erlang's C formula: the probability that an arrival at an M/M/c queue has to wait. */
final class ErlangC {
  /*
   * Erlang B by its stable recursion B(0) = 1, B(k) = a B(k-1) / (k + a B(k-1)), then
   * C = c B / (c - a (1 - B)) [1]. No factorials or powers, so it holds for hundreds of servers.
   * [1] Kleinrock, Queueing Systems vol. 1 (1975), eq. 3.42; Gross & Harris, Fundamentals of
   * Queueing Theory, 4th ed., section 2.3.
   */

  private ErlangC() {}

  /**
   * P(wait) at {@code servers} servers offered {@code erlangs} = arrival rate × mean service
   * time, which must be below the servers (a stable queue).
   */
  static double waitProbability(int servers, double erlangs) {
    if (!(erlangs >= 0 && erlangs < servers)) {
      throw new IllegalArgumentException(
          "offered load " + erlangs + " erlangs is not below " + servers + " servers");
    }
    double blocking = 1;
    for (int k = 1; k <= servers; k++) {
      blocking = erlangs * blocking / (k + erlangs * blocking);
    }
    return servers * blocking / (servers - erlangs * (1 - blocking));
  }
}
