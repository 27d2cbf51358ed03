package kubeplan.queueing;

/**
 * Sends every request with the same key to the same target: the key is an int attribute of the
 * request (a client, a session), spread over the targets by a hash.
 */
final class Affinity implements Balancer {
  /*
   * Knuth's multiplicative hash (the key times 2^64 / golden ratio, top 32 bits) spreads
   * consecutive keys (client 0, 1, 2, ...) over the targets instead of cycling through them in
   * order; Lemire's multiply-shift then maps the 32-bit hash to [0, k) without a division.
   */
  private final int targets;
  private final int keyAttribute;

  Affinity(int targets, int keyAttribute) {
    this.targets = targets;
    this.keyAttribute = keyAttribute;
  }

  @Override
  public int choose(Request request) {
    long hash = (request.intAttribute(keyAttribute) * 0x9E3779B97F4A7C15L) >>> 32;
    return (int) ((hash * targets) >>> 32);
  }

  @Override
  public int targets() {
    return targets;
  }
}
