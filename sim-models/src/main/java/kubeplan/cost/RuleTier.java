package kubeplan.cost;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.Optional;

/**
 * Billing by rules instead of by load balancer (GCP forwarding rules, Azure Standard LB rules): the
 * kind's {@code hourly} price covers the first {@code included} rules, each further rule costs
 * {@code additional} per hour.
 *
 * @param included rules the base hourly price covers
 * @param scope what the rules are counted over: all of the exposure's load balancers of this kind
 *     in the region (GCP bills forwarding rules per project and region), or each load balancer on
 *     its own (Azure bills each Standard LB)
 * @param additional price of one rule beyond {@code included} for one hour
 */
public record RuleTier(
    @JsonProperty(required = true) int included,
    @JsonProperty(required = true) RuleScope scope,
    Optional<Price> additional) {
  public RuleTier {
    if (included < 0) {
      throw new IllegalArgumentException("rules.included must be >= 0: " + included);
    }
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(additional, "additional");
  }

  RuleTier withAdditional(Price newAdditional) {
    return new RuleTier(included, scope, Optional.of(newAdditional));
  }

  /** What the rules of a {@link RuleTier} are counted over. */
  public enum RuleScope {
    @JsonProperty("region")
    REGION,
    @JsonProperty("load-balancer")
    LOAD_BALANCER
  }
}
