package kubeplan.plan;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One row of plan.csv: an exposure's chosen configuration, or why it has none. Every optional
 * column is empty when the exposure has no plan.
 *
 * @param scenario the scenario's name
 * @param point the index of the plan's rate among the plan's rates
 * @param exposure the exposure's name
 * @param type LoadBalancer, NodePort or Ingress
 * @param rateRps the arrival rate planned for
 * @param sloMet whether a configuration meets the SLO
 * @param cheapest whether this is the cheapest exposure that meets it
 * @param replicas {@code service=replicas} per service, space-separated
 * @param concurrency {@code service=workers} per service, space-separated
 * @param controllerReplicas ingress controller replicas (Ingress with a controller)
 * @param nodes the node count (the fewest that hold the chosen pods, within the plan's range)
 * @param nodeType the nodes' instance type; empty without a plan
 * @param externalTrafficPolicy {@code Cluster} or {@code Local} when the plan sets it, else empty
 * @param kubeProxy the kube-proxy mode when the plan sets it, else empty
 * @param costPerMonthUsd the configuration's simulated monthly cost
 * @param latencyP50Ms pooled p50, with {@code latencyP50CiMs} its CI half-width
 * @param latencyP99Ms pooled p99, with {@code latencyP99CiMs} its CI half-width
 * @param errorRate failed over measured requests
 * @param podUtilization the busiest pod's measured utilisation
 * @param controllerUtilization the busiest ingress controller replica's measured utilisation
 * @param replications replications simulated for the verdict
 * @param screened configurations of this exposure judged by the analytic screen
 * @param discarded configurations the bounds ruled out
 * @param simulated configurations of this exposure simulated
 * @param reason why no configuration meets the SLO; empty when one does
 */
public record PlanRow(
    String scenario,
    int point,
    String exposure,
    String type,
    double rateRps,
    boolean sloMet,
    boolean cheapest,
    String replicas,
    String concurrency,
    OptionalInt controllerReplicas,
    OptionalInt nodes,
    String nodeType,
    String externalTrafficPolicy,
    String kubeProxy,
    OptionalDouble costPerMonthUsd,
    OptionalDouble latencyP50Ms,
    OptionalDouble latencyP50CiMs,
    OptionalDouble latencyP99Ms,
    OptionalDouble latencyP99CiMs,
    OptionalDouble errorRate,
    OptionalDouble podUtilization,
    OptionalDouble controllerUtilization,
    OptionalInt replications,
    long screened,
    long discarded,
    int simulated,
    Optional<String> reason) {
  /** The plan.csv header, in the order of the components. */
  public static final String[] HEADER = {
    "scenario", "point", "exposure", "type", "rate_rps", "slo_met", "cheapest", "replicas",
    "concurrency", "controller_replicas", "nodes", "node_type", "external_traffic_policy",
    "kube_proxy", "cost_per_month_usd",
    "latency_p50_ms", "latency_p50_ci_ms", "latency_p99_ms", "latency_p99_ci_ms", "error_rate",
    "max_pod_utilization", "max_controller_utilization", "replications", "screened",
    "discarded", "simulated", "reason"
  };

  public PlanRow {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(exposure, "exposure");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(replicas, "replicas");
    Objects.requireNonNull(concurrency, "concurrency");
    Objects.requireNonNull(nodeType, "nodeType");
    Objects.requireNonNull(externalTrafficPolicy, "externalTrafficPolicy");
    Objects.requireNonNull(kubeProxy, "kubeProxy");
    Objects.requireNonNull(reason, "reason");
  }
}
