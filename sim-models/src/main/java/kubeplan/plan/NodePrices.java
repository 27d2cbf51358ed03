package kubeplan.plan;

import java.util.Optional;
import kubeplan.cost.PriceCatalog;
import kubeplan.exposure.PointModel;
import kubeplan.results.ExposureResults;

/**
 * What a node of each type costs a month, from the catalogue the model prices the scenario with
 * (its {@code pricing.catalog} or the provider's built-in one, with {@code pricing.overrides}).
 */
final class NodePrices {
  private final PriceCatalog catalog;

  private NodePrices(PriceCatalog catalog) {
    this.catalog = catalog;
  }

  /** The node prices of {@code catalog}, the one {@link PointModel#catalog} gives a scenario. */
  static NodePrices of(PriceCatalog catalog) {
    return new NodePrices(catalog);
  }

  /** USD a month for one node of {@code type}; empty when the catalogue has no price for it. */
  Optional<Double> perMonth(String type) {
    return Optional.ofNullable(catalog.nodes().get(type))
        .map(price -> price.usd() * ExposureResults.HOURS_PER_MONTH);
  }

  /** Where the prices come from, to name in an error. */
  String origin() {
    return catalog.origin();
  }
}
