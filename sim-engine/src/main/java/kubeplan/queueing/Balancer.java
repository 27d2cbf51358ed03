package kubeplan.queueing;

import java.util.function.IntUnaryOperator;
import kubeplan.random.RandomStream;

/**
 * Chooses one of {@code k} targets, numbered from 0, for each request. A balancer that draws random
 * numbers has its own stream, so its choices are deterministic; none allocates per choice.
 */
public sealed interface Balancer
    permits RoundRobin, LeastConnections, PowerOfTwoChoices {

  /** The target for {@code request}, in {@code [0, targets())}. */
  int choose(Request request);

  /** The number of targets, {@code k}. */
  int targets();

  /** Picks each target in turn: 0, 1, …, k − 1, 0, … */
  static Balancer roundRobin(int targets) {
    return new RoundRobin(checked(targets));
  }

  /**
   * Picks a target with the fewest requests in flight, as {@code inFlight} reports them, breaking
   * ties uniformly at random (join the shortest queue).
   */
  static Balancer leastConnections(int targets, IntUnaryOperator inFlight, RandomStream stream) {
    return new LeastConnections(checked(targets), inFlight, stream);
  }

  /** Samples two different targets at random and picks the one with fewer requests in flight. */
  static Balancer powerOfTwoChoices(int targets, IntUnaryOperator inFlight, RandomStream stream) {
    return new PowerOfTwoChoices(checked(targets), inFlight, stream);
  }

  private static int checked(int targets) {
    if (targets < 1) {
      throw new IllegalArgumentException("a balancer needs at least one target: " + targets);
    }
    return targets;
  }
}
