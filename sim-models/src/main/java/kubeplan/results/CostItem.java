package kubeplan.results;

/**
 * One line of an exposure's monthly bill (730 hours), e.g. {@code load-balancer-hours}: a quantity
 * per month in {@code unit}, its list price per unit, and what it costs per month.
 */
public record CostItem(
    String item, double quantity, String unit, double unitPriceUsd, double usdPerMonth) {
  public CostItem {
    Checks.nonBlank("cost item", item);
    Checks.nonNegative("quantity of " + item, quantity);
    Checks.nonBlank("unit of " + item, unit);
    Checks.nonNegative("unit_price_usd of " + item, unitPriceUsd);
    Checks.nonNegative("usd_per_month of " + item, usdPerMonth);
  }
}
