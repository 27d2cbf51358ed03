package kubeplan.cost;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.Optional;

/**
 * How a provider bills one kind of load balancer. Any part may be absent from a catalogue; the cost
 * model asks for a part only when the usage needs it, and then names what is missing.
 *
 * @param label the kind as people write it ("NLB", "forwarding rule"), for messages
 * @param hourly per load balancer and hour; with {@code rules}, per hour for the included rules
 * @param rules billing by rules (GCP, Azure); empty for a flat price per load balancer (AWS)
 * @param capacityUnit usage-billed units (AWS LCU, NLCU); empty when usage is billed by volume
 * @param dataProcessed per GB or GiB processed, both directions (AWS CLB, GCP, Azure)
 * @param publicIpv4 how many billed public IPv4 addresses an internet-facing one holds
 * @param quota the provider's default limits, for warnings
 */
public record LoadBalancerPricing(
    @JsonProperty(required = true) String label,
    Optional<Price> hourly,
    Optional<RuleTier> rules,
    Optional<CapacityUnit> capacityUnit,
    Optional<Price> dataProcessed,
    @JsonProperty(required = true) PublicAddresses publicIpv4,
    Optional<Quota> quota) {
  public LoadBalancerPricing {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(hourly, "hourly");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(capacityUnit, "capacityUnit");
    Objects.requireNonNull(dataProcessed, "dataProcessed");
    Objects.requireNonNull(publicIpv4, "publicIpv4");
    Objects.requireNonNull(quota, "quota");
  }

  LoadBalancerPricing withHourly(Price newHourly) {
    return new LoadBalancerPricing(
        label, Optional.of(newHourly), rules, capacityUnit, dataProcessed, publicIpv4, quota);
  }

  LoadBalancerPricing withRules(RuleTier newRules) {
    return new LoadBalancerPricing(
        label, hourly, Optional.of(newRules), capacityUnit, dataProcessed, publicIpv4, quota);
  }

  LoadBalancerPricing withCapacityUnit(CapacityUnit newUnit) {
    return new LoadBalancerPricing(
        label, hourly, rules, Optional.of(newUnit), dataProcessed, publicIpv4, quota);
  }

  LoadBalancerPricing withDataProcessed(Price newPrice) {
    return new LoadBalancerPricing(
        label, hourly, rules, capacityUnit, Optional.of(newPrice), publicIpv4, quota);
  }
}
