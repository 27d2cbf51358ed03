package kubeplan.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kubeplan.routing.KubeProxyMode;
import kubeplan.routing.TrafficPolicy;

/**
 * The scenario's {@code plan:} section resolved: the decision variables and their ranges, and the
 * loads to plan for (several for growth planning: one plan per rate). The SLO is the scenario's
 * {@code slo:}. Node types, {@code externalTrafficPolicy} and the kube-proxy mode are categorical:
 * each combination is a branch of the search, like each concurrency choice.
 *
 * @param ratesPerSecond the Poisson arrival rates to plan for, increasing
 * @param exposures the names of the scenario's exposures to consider, in the order written
 * @param services one entry per service of the scenario, in the scenario's order
 * @param controllerReplicas ingress controller replicas to search (Ingress exposures with a
 *     controller); empty to keep each exposure's own
 * @param nodeTypes the node types to consider, names of the built-in node catalogue
 * @param nodeCount the node count: empty for the fewest that hold the pods ({@code auto}), else
 *     the fewest in this range that hold them (one value for a fixed count)
 * @param externalTrafficPolicies the policies to consider for every exposure they apply to;
 *     empty to keep each exposure's own
 * @param kubeProxyModes the kube-proxy modes to consider cluster-wide; empty to keep the
 *     cluster's own
 * @param replications replications a candidate starts with
 * @param maxReplications the most replications a candidate gets while its verdict is uncertain
 */
public record PlanSpec(
    List<Double> ratesPerSecond,
    List<String> exposures,
    List<ServiceChoices> services,
    Optional<IntRange> controllerReplicas,
    List<String> nodeTypes,
    Optional<IntRange> nodeCount,
    List<TrafficPolicy> externalTrafficPolicies,
    List<KubeProxyMode> kubeProxyModes,
    int replications,
    int maxReplications) {
  public PlanSpec {
    ratesPerSecond = List.copyOf(ratesPerSecond);
    if (ratesPerSecond.isEmpty()) {
      throw new IllegalArgumentException("a plan needs at least one rate");
    }
    double previous = 0;
    for (double rate : ratesPerSecond) {
      if (!(rate > previous) || Double.isInfinite(rate)) {
        throw new IllegalArgumentException(
            "plan rates must be positive and increasing: " + ratesPerSecond);
      }
      previous = rate;
    }
    exposures = List.copyOf(exposures);
    services = List.copyOf(services);
    Objects.requireNonNull(controllerReplicas, "controllerReplicas");
    nodeTypes = List.copyOf(nodeTypes);
    if (nodeTypes.isEmpty()) {
      throw new IllegalArgumentException("a plan considers at least one node type");
    }
    Objects.requireNonNull(nodeCount, "nodeCount");
    externalTrafficPolicies = List.copyOf(externalTrafficPolicies);
    kubeProxyModes = List.copyOf(kubeProxyModes);
    if (exposures.isEmpty()) {
      throw new IllegalArgumentException("a plan considers at least one exposure");
    }
    if (replications < 2) {
      throw new IllegalArgumentException("plan replications must be >= 2: " + replications);
    }
    if (maxReplications < replications) {
      throw new IllegalArgumentException("plan maxReplications " + maxReplications
          + " is below its replications " + replications);
    }
  }

  /** The choices for service entry {@code name}, which the reader made sure exists. */
  public ServiceChoices service(String name) {
    for (ServiceChoices choices : services) {
      if (choices.service().equals(name)) {
        return choices;
      }
    }
    throw new IllegalArgumentException("the plan has no choices for service " + name);
  }
}
