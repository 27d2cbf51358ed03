package kubeplan.scenario;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import kubeplan.cost.PriceOverrides;

/**
 * Where prices come from, and which the user sets by hand.
 *
 * @param catalog a price catalogue file (absolute); empty for the built-in catalogue of the
 *     cluster's provider and region
 * @param overrides prices that replace the catalogue's, built by the reader from {@code
 *     pricing.overrides} ({@code dataProcessedPerGb} sets {@code dataProcessed}, {@code
 *     crossZonePerGb} sets {@code crossZoneTransfer}, {@code internetEgressPerGb} sets {@code
 *     internetEgress}; the other fields keep their names)
 */
public record PricingSpec(Optional<Path> catalog, PriceOverrides overrides) {
  public PricingSpec {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(overrides, "overrides");
  }
}
