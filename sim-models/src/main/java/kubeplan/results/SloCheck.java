package kubeplan.results;

import java.util.Optional;

/**
 * One SLO target judged for one exposure. {@code measured} is empty when the metric could not be
 * measured (a latency target when no request succeeded), and then the target is not met.
 */
public record SloCheck(SloTarget target, Optional<Estimate> measured) {

  /** Met when the upper end of the measured value's confidence interval is within the limit. */
  public boolean met() {
    return measured.map(estimate -> estimate.upper() <= target.limit()).orElse(false);
  }
}
