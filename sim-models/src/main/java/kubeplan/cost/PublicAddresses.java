package kubeplan.cost;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How many billed public IPv4 addresses an internet-facing load balancer of a kind holds. */
public enum PublicAddresses {
  /** One in each enabled zone (AWS NLB; ALB and CLB at least one per zone). */
  @JsonProperty("per-enabled-zone")
  PER_ENABLED_ZONE,
  /**
   * None billed separately: included in the load balancer's price, or not priced (see the file).
   */
  @JsonProperty("not-billed")
  NOT_BILLED
}
