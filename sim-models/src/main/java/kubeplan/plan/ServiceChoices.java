package kubeplan.plan;

import java.util.List;
import java.util.Objects;

/**
 * What the planner may choose for one service entry of the scenario.
 *
 * @param service the entry's name in {@code services:}
 * @param replicas pods per Service copy; searched by bisection, since more never hurts latency
 * @param concurrency the worker counts per pod to try, each a separate branch of the search
 */
public record ServiceChoices(String service, IntRange replicas, List<Integer> concurrency) {
  public ServiceChoices {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(replicas, "replicas");
    concurrency = List.copyOf(concurrency);
    if (concurrency.isEmpty()) {
      throw new IllegalArgumentException(service + ": at least one concurrency to try");
    }
    for (int workers : concurrency) {
      if (workers < 1) {
        throw new IllegalArgumentException(service + ": concurrency must be >= 1: " + workers);
      }
    }
  }
}
