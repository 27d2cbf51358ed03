package kubeplan.cost;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A provider's default limit on a load balancer kind, for warnings: exceeding it does not change
 * the price, but the setup needs a quota increase or will not deploy.
 *
 * @param loadBalancersPerRegion load balancers of this kind per account and region
 * @param rulesPerLoadBalancer rules one load balancer of this kind can hold
 * @param source the URL the limit was read from
 * @param read the date it was read
 */
public record Quota(
    OptionalInt loadBalancersPerRegion,
    OptionalInt rulesPerLoadBalancer,
    @JsonProperty(required = true) String source,
    @JsonProperty(required = true) LocalDate read) {
  public Quota {
    Objects.requireNonNull(loadBalancersPerRegion, "loadBalancersPerRegion");
    Objects.requireNonNull(rulesPerLoadBalancer, "rulesPerLoadBalancer");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(read, "read");
  }
}
