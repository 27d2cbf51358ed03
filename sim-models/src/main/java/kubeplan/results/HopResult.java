package kubeplan.results;

import java.util.OptionalDouble;
import kubeplan.network.Tier;

/**
 * Time successful requests spent in one hop: {@code meanMs} over all of them (0 for those that did
 * not take it, so the means of all hops sum to the mean latency), {@code p99Ms} among those that
 * took it (empty when none did), and {@code share}, the fraction that took it.
 */
public record HopResult(Hop hop, double meanMs, OptionalDouble p99Ms, double share) {
  public HopResult {
    Checks.nonNegative("mean_ms", meanMs);
    p99Ms.ifPresent(value -> Checks.nonNegative("p99_ms", value));
    Checks.fraction("share", share);
  }

  public Tier tier() {
    return hop.tier();
  }
}
