package kubeplan.cost;

import java.util.Objects;

/**
 * What one cloud load balancer carried, per second or per hour of the simulated window: the
 * dimensions its provider bills on.
 *
 * <p>The model fills it from measured counters. Rates are means over the measurement window, which
 * stands for every hour of the month.
 *
 * @param name the component it measures, e.g. {@code load-balancer/foo} (for messages)
 * @param kind the load balancer kind as the catalogue names it: {@code nlb}, {@code alb}, {@code
 *     clb} (AWS), {@code passthrough}, {@code proxy} (GCP), {@code standard} (Azure)
 * @param rules the forwarding rules (GCP) or load-balancing rules (Azure) it holds, one per exposed
 *     Service port; 1 for a load balancer that fronts one Service
 * @param enabledZones the zones the load balancer is enabled in; an internet-facing AWS load
 *     balancer holds one public IPv4 address in each
 * @param newConnectionsPerSecond TCP connections opened per second
 * @param activeConnections mean number of open connections (time-weighted)
 * @param bytesInPerHour bytes from clients through the load balancer (requests), per hour
 * @param bytesOutPerHour bytes from the load balancer to clients (responses), per hour; 0 when
 *     responses bypass it (direct server return)
 * @param ruleEvaluationsPerSecond listener rules evaluated per second (L7 load balancers; 0 for L4)
 */
public record LoadBalancerUsage(
    String name,
    String kind,
    int rules,
    int enabledZones,
    double newConnectionsPerSecond,
    double activeConnections,
    double bytesInPerHour,
    double bytesOutPerHour,
    double ruleEvaluationsPerSecond) {
  public LoadBalancerUsage {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    if (kind.isBlank()) {
      throw new IllegalArgumentException(name + ": load balancer kind must not be blank");
    }
    if (rules < 1) {
      throw new IllegalArgumentException(name + ": rules must be >= 1: " + rules);
    }
    if (enabledZones < 1) {
      throw new IllegalArgumentException(name + ": enabledZones must be >= 1: " + enabledZones);
    }
    Quantities.requireNonNegative(name + ".newConnectionsPerSecond", newConnectionsPerSecond);
    Quantities.requireNonNegative(name + ".activeConnections", activeConnections);
    Quantities.requireNonNegative(name + ".bytesInPerHour", bytesInPerHour);
    Quantities.requireNonNegative(name + ".bytesOutPerHour", bytesOutPerHour);
    Quantities.requireNonNegative(name + ".ruleEvaluationsPerSecond", ruleEvaluationsPerSecond);
  }

  /** Bytes processed per hour in both directions, the quantity AWS and Azure bill. */
  public double bytesProcessedPerHour() {
    return bytesInPerHour + bytesOutPerHour;
  }
}
