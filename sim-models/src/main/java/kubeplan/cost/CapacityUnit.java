package kubeplan.cost;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A usage-billed load balancer unit (AWS LCU, NLCU): what one unit covers in each dimension. Each
 * hour a load balancer is billed for the units of its largest dimension.
 *
 * @param hourly price of one unit for one hour; empty if the catalogue does not give it
 * @param newConnectionsPerSecond new connections per second one unit covers
 * @param activeConnections concurrently open connections one unit covers
 * @param bytesProcessedPerHour bytes processed (both directions) per hour one unit covers
 * @param ruleEvaluationsPerSecond rule evaluations per second one unit covers (L7 only)
 * @param source where the dimensions were read
 */
public record CapacityUnit(
    Optional<Price> hourly,
    OptionalDouble newConnectionsPerSecond,
    OptionalDouble activeConnections,
    OptionalDouble bytesProcessedPerHour,
    OptionalDouble ruleEvaluationsPerSecond,
    @JsonProperty(required = true) String source) {
  public CapacityUnit {
    Objects.requireNonNull(hourly, "hourly");
    Objects.requireNonNull(source, "source");
    requirePositive("newConnectionsPerSecond", newConnectionsPerSecond);
    requirePositive("activeConnections", activeConnections);
    requirePositive("bytesProcessedPerHour", bytesProcessedPerHour);
    requirePositive("ruleEvaluationsPerSecond", ruleEvaluationsPerSecond);
    if (newConnectionsPerSecond.isEmpty()
        && activeConnections.isEmpty()
        && bytesProcessedPerHour.isEmpty()
        && ruleEvaluationsPerSecond.isEmpty()) {
      throw new IllegalArgumentException("a capacity unit needs at least one dimension");
    }
  }

  private static void requirePositive(String name, OptionalDouble perUnit) {
    Objects.requireNonNull(perUnit, name);
    if (perUnit.isPresent() && !(perUnit.getAsDouble() > 0)) {
      throw new IllegalArgumentException(
          "capacity unit " + name + " must be > 0: " + perUnit.getAsDouble());
    }
  }

  /**
   * The units one load balancer is billed for in an hour: its usage in each dimension over what one
   * unit covers, and the largest of these. Dimensions the unit does not define are not billed.
   */
  public double unitsFor(LoadBalancerUsage usage) {
    double units = 0;
    units = Math.max(units, ratio(usage.newConnectionsPerSecond(), newConnectionsPerSecond));
    units = Math.max(units, ratio(usage.activeConnections(), activeConnections));
    units = Math.max(units, ratio(usage.bytesProcessedPerHour(), bytesProcessedPerHour));
    units = Math.max(units, ratio(usage.ruleEvaluationsPerSecond(), ruleEvaluationsPerSecond));
    return units;
  }

  CapacityUnit withHourly(Price newHourly) {
    return new CapacityUnit(
        Optional.of(newHourly),
        newConnectionsPerSecond,
        activeConnections,
        bytesProcessedPerHour,
        ruleEvaluationsPerSecond,
        source);
  }

  private static double ratio(double used, OptionalDouble perUnit) {
    return perUnit.isPresent() ? used / perUnit.getAsDouble() : 0;
  }
}
