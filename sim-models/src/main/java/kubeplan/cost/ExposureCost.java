package kubeplan.cost;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What one exposure costs: its bill lines for a month of {@value CostModel#HOURS_PER_MONTH} hours,
 * the totals the summary reports, and warnings about provider limits it exceeds.
 *
 * @param exposure the exposure's name
 * @param lines the bill, one line per item and price; copied
 * @param ingressControllerVcpu vCPU requested by ingress controller pods (priced within the nodes)
 * @param successfulRequestsPerSecond the successful request rate the cost is spread over
 * @param warnings default quotas exceeded, one sentence each; copied
 */
public record ExposureCost(
    String exposure,
    List<CostLine> lines,
    double ingressControllerVcpu,
    double successfulRequestsPerSecond,
    List<String> warnings) {
  public ExposureCost {
    Objects.requireNonNull(exposure, "exposure");
    lines = List.copyOf(lines);
    warnings = List.copyOf(warnings);
  }

  /** US dollars per month of {@value CostModel#HOURS_PER_MONTH} hours: the sum of the lines. */
  public double usdPerMonth() {
    return lines.stream().mapToDouble(CostLine::usdPerMonth).sum();
  }

  /** US dollars per hour: the monthly total over {@value CostModel#HOURS_PER_MONTH} hours. */
  public double usdPerHour() {
    return usdPerMonth() / CostModel.HOURS_PER_MONTH;
  }

  /**
   * US dollars per million successful requests: the monthly cost over the requests served in the
   * month, times 10⁶. Empty when no request succeeds, since the cost then buys no requests; reports
   * leave the cell blank.
   */
  public OptionalDouble usdPerMillionRequests() {
    if (successfulRequestsPerSecond == 0) {
      return OptionalDouble.empty();
    }
    double requestsPerMonth = successfulRequestsPerSecond * 3600 * CostModel.HOURS_PER_MONTH;
    return OptionalDouble.of(usdPerMonth() / requestsPerMonth * 1e6);
  }
}
