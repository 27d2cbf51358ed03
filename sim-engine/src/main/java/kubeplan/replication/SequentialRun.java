package kubeplan.replication;

import java.util.List;

/**
 * The outcome of {@link Replications#runUntil}: the replications that were kept, in replication
 * order, the estimate of the stopping metric over them, and whether its precision target was met
 * (false when the maximum number of replications was reached first).
 */
public record SequentialRun<R>(List<R> replications, Estimate estimate, boolean targetMet) {

  public SequentialRun {
    replications = List.copyOf(replications);
    if (replications.size() != estimate.n()) {
      throw new IllegalArgumentException(
          "the estimate covers "
              + estimate.n()
              + " replications but "
              + replications.size()
              + " were kept");
    }
  }
}
