package kubeplan.queueing;

import java.util.function.IntUnaryOperator;
import kubeplan.random.RandomStream;

/**
 * Samples two different targets uniformly and picks the one with fewer requests in flight, the
 * first sampled on a tie (Mitzenmacher's power of two choices).
 */
final class PowerOfTwoChoices implements Balancer {
  private final int targets;
  private final IntUnaryOperator inFlight;
  private final RandomStream stream;

  PowerOfTwoChoices(int targets, IntUnaryOperator inFlight, RandomStream stream) {
    this.targets = targets;
    this.inFlight = inFlight;
    this.stream = stream;
  }

  @Override
  public int choose(Request request) {
    if (targets == 1) {
      return 0;
    }
    int first = stream.nextInt(targets);
    int second = stream.nextInt(targets - 1);
    if (second >= first) {
      second++;
    }
    return inFlight.applyAsInt(second) < inFlight.applyAsInt(first) ? second : first;
  }

  @Override
  public int targets() {
    return targets;
  }
}
