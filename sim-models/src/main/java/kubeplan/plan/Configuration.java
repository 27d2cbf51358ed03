package kubeplan.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import kubeplan.routing.KubeProxyMode;
import kubeplan.routing.TrafficPolicy;

/**
 * One point of the search space: an exposure and a value for each decision variable. The node
 * count is not a variable: it is the fewest nodes of {@code nodeType} that hold the pods (within
 * the plan's node count range).
 *
 * @param exposure the name of the scenario's exposure
 * @param replicas pods per Service copy, by service entry, in the scenario's order
 * @param concurrency workers per pod, by service entry, in the scenario's order
 * @param controllerReplicas the ingress controller's replicas; empty without a controller
 * @param nodeType the instance type of every node
 * @param externalTrafficPolicy the policy of the exposure's node-facing Services (the exposed
 *     Services, or the ingress controller's); empty when the plan leaves each one's own
 * @param kubeProxy the kube-proxy mode of the cluster; empty when the plan leaves the cluster's
 */
public record Configuration(
    String exposure,
    Map<String, Integer> replicas,
    Map<String, Integer> concurrency,
    OptionalInt controllerReplicas,
    String nodeType,
    Optional<TrafficPolicy> externalTrafficPolicy,
    Optional<KubeProxyMode> kubeProxy) {
  public Configuration {
    Objects.requireNonNull(exposure, "exposure");
    replicas = Collections.unmodifiableMap(new LinkedHashMap<>(replicas));
    concurrency = Collections.unmodifiableMap(new LinkedHashMap<>(concurrency));
    Objects.requireNonNull(controllerReplicas, "controllerReplicas");
    Objects.requireNonNull(nodeType, "nodeType");
    Objects.requireNonNull(externalTrafficPolicy, "externalTrafficPolicy");
    Objects.requireNonNull(kubeProxy, "kubeProxy");
    if (!replicas.keySet().equals(concurrency.keySet())) {
      throw new IllegalArgumentException("replicas " + replicas.keySet()
          + " and concurrency " + concurrency.keySet() + " must name the same services");
    }
  }

  /** This configuration with {@code count} replicas of {@code service}. */
  public Configuration withReplicas(String service, int count) {
    Map<String, Integer> changed = new LinkedHashMap<>(replicas);
    changed.put(service, count);
    return new Configuration(exposure, changed, concurrency, controllerReplicas, nodeType,
        externalTrafficPolicy, kubeProxy);
  }

  /** This configuration with {@code count} ingress controller replicas. */
  public Configuration withControllerReplicas(int count) {
    return new Configuration(exposure, replicas, concurrency, OptionalInt.of(count), nodeType,
        externalTrafficPolicy, kubeProxy);
  }

  /** This configuration on nodes of {@code type}. */
  public Configuration withNodeType(String type) {
    return new Configuration(exposure, replicas, concurrency, controllerReplicas, type,
        externalTrafficPolicy, kubeProxy);
  }

  /**
   * {@code checkout × 4 (concurrency 8), 2 controller replicas, externalTrafficPolicy Local,
   * kube-proxy ipvs}: the variables in words; the policy and mode only when the plan sets them.
   */
  public String describe() {
    List<String> parts = new ArrayList<>();
    replicas.forEach((service, count) -> parts.add(
        service + " × " + count + " (concurrency " + concurrency.get(service) + ")"));
    controllerReplicas.ifPresent(count -> parts.add(
        count + " controller replica" + (count == 1 ? "" : "s")));
    externalTrafficPolicy.ifPresent(policy -> parts.add(
        "externalTrafficPolicy " + policyName(policy)));
    kubeProxy.ifPresent(mode -> parts.add("kube-proxy " + modeName(mode)));
    return String.join(", ", parts);
  }

  /** {@code Cluster} or {@code Local}, as Kubernetes spells the policy. */
  static String policyName(TrafficPolicy policy) {
    return switch (policy) {
      case CLUSTER -> "Cluster";
      case LOCAL -> "Local";
    };
  }

  /** {@code iptables}, {@code ipvs}, …: the mode as the scenario writes it. */
  static String modeName(KubeProxyMode mode) {
    return mode.name().toLowerCase(Locale.ROOT);
  }
}
