package kubeplan.queueing;

import java.util.function.IntUnaryOperator;
import kubeplan.random.RandomStream;

/** Picks a target with the fewest requests in flight; ties are broken uniformly at random. */
final class LeastConnections implements Balancer {
  /*
   * One pass over the targets keeps the m-th tied minimum with probability 1/m (reservoir
   * sampling of size one), so each tied target is equally likely and no list is built.
   */
  private final int targets;
  private final IntUnaryOperator inFlight;
  private final RandomStream stream;

  LeastConnections(int targets, IntUnaryOperator inFlight, RandomStream stream) {
    this.targets = targets;
    this.inFlight = inFlight;
    this.stream = stream;
  }

  @Override
  public int choose(Request request) {
    int best = 0;
    int bestLoad = inFlight.applyAsInt(0);
    int ties = 1;
    for (int i = 1; i < targets; i++) {
      int load = inFlight.applyAsInt(i);
      if (load < bestLoad) {
        best = i;
        bestLoad = load;
        ties = 1;
      } else if (load == bestLoad && stream.nextInt(++ties) == 0) {
        best = i;
      }
    }
    return best;
  }

  @Override
  public int targets() {
    return targets;
  }
}
