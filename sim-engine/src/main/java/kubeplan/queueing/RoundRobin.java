package kubeplan.queueing;

/** Picks the targets in turn, starting with 0. */
final class RoundRobin implements Balancer {
  private final int targets;
  private int next;

  RoundRobin(int targets) {
    this.targets = targets;
  }

  @Override
  public int choose(Request request) {
    int chosen = next;
    next = chosen + 1 == targets ? 0 : chosen + 1;
    return chosen;
  }

  @Override
  public int targets() {
    return targets;
  }
}
