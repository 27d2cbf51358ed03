package kubeplan.plan;

import java.util.Objects;
import java.util.Optional;

/**
 * The planner's answer for one exposure: its cheapest configuration that meets the SLO, or why
 * there is none, and how much of its space was screened and simulated.
 *
 * @param exposure the exposure's name
 * @param type LoadBalancer, NodePort or Ingress, as Kubernetes spells it
 * @param chosen the cheapest configuration found that meets the SLO
 * @param reason why nothing in this exposure's space meets the SLO; empty when one does
 * @param screened configurations of this exposure's space judged by the analytic screen
 * @param discarded configurations the bounds proved unable to meet the SLO
 * @param simulated distinct configurations simulated
 */
public record ExposureOutcome(
    String exposure,
    String type,
    Optional<Evaluation> chosen,
    Optional<String> reason,
    long screened,
    long discarded,
    int simulated) {
  public ExposureOutcome {
    Objects.requireNonNull(exposure, "exposure");
    Objects.requireNonNull(type, "type");
    if (chosen.isPresent() == reason.isPresent()) {
      throw new IllegalArgumentException(
          exposure + ": an outcome has either a chosen configuration or a reason, not both");
    }
  }
}
