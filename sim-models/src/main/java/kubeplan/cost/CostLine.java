package kubeplan.cost;

import java.util.Objects;

/**
 * One line of an exposure's bill for a month of 730 hours: a row of {@code cost.csv}.
 *
 * @param item what is billed: {@code load-balancer-hours}, {@code load-balancer-rules}, {@code
 *     load-balancer-capacity-units}, {@code public-ipv4}, {@code data-processed}, {@code nodes},
 *     {@code cross-zone-transfer}, {@code internet-egress} or {@code control-plane}
 * @param quantity units billed in the month
 * @param unit what one unit is, as the catalogue's price says it ({@code LB-hour}, {@code GB}, …)
 * @param unitPriceUsd US dollars per unit
 */
public record CostLine(String item, double quantity, String unit, double unitPriceUsd) {
  public CostLine {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(unit, "unit");
    Quantities.requireNonNegative(item + " quantity", quantity);
    Quantities.requireNonNegative(item + " unit price", unitPriceUsd);
  }

  /** US dollars for the month: {@code quantity × unitPriceUsd}. */
  public double usdPerMonth() {
    return quantity * unitPriceUsd;
  }
}
