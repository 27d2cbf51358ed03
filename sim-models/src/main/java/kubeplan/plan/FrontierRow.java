package kubeplan.plan;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One row of frontier.csv: a simulated configuration no other simulated one beats on both cost
 * and p99.
 *
 * @param scenario the scenario's name
 * @param point the index of the plan's rate among the plan's rates
 * @param exposure the exposure's name
 * @param type LoadBalancer, NodePort or Ingress
 * @param replicas {@code service=replicas} per service, space-separated
 * @param concurrency {@code service=workers} per service, space-separated
 * @param controllerReplicas ingress controller replicas (Ingress with a controller)
 * @param nodes the node count
 * @param nodeType the nodes' instance type
 * @param externalTrafficPolicy {@code Cluster} or {@code Local} when the plan sets it, else empty
 * @param kubeProxy the kube-proxy mode when the plan sets it, else empty
 * @param costPerMonthUsd its simulated monthly cost
 * @param latencyP99Ms pooled p99, with {@code latencyP99CiMs} its CI half-width
 * @param sloMet whether it meets the SLO at the upper end of its intervals
 */
public record FrontierRow(
    String scenario,
    int point,
    String exposure,
    String type,
    String replicas,
    String concurrency,
    OptionalInt controllerReplicas,
    int nodes,
    String nodeType,
    String externalTrafficPolicy,
    String kubeProxy,
    double costPerMonthUsd,
    double latencyP99Ms,
    double latencyP99CiMs,
    boolean sloMet) {
  /** The frontier.csv header, in the order of the components. */
  public static final String[] HEADER = {
    "scenario", "point", "exposure", "type", "replicas", "concurrency", "controller_replicas",
    "nodes", "node_type", "external_traffic_policy", "kube_proxy", "cost_per_month_usd",
    "latency_p99_ms", "latency_p99_ci_ms", "slo_met"
  };

  public FrontierRow {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(exposure, "exposure");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(replicas, "replicas");
    Objects.requireNonNull(concurrency, "concurrency");
    Objects.requireNonNull(nodeType, "nodeType");
    Objects.requireNonNull(externalTrafficPolicy, "externalTrafficPolicy");
    Objects.requireNonNull(kubeProxy, "kubeProxy");
  }
}
