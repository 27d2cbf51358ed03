package kubeplan.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import kubeplan.arrival.ArrivalProcess;
import kubeplan.cluster.PodRequest;
import kubeplan.scenario.ClusterSpec;
import kubeplan.scenario.ControllerSpec;
import kubeplan.routing.TrafficPolicy;
import kubeplan.scenario.ExposureSpec;
import kubeplan.scenario.ExposureSpec.ExposureType;
import kubeplan.scenario.LoadBalancerSpec.TargetType;
import kubeplan.scenario.NodePool;
import kubeplan.scenario.PodRequests;
import kubeplan.scenario.Scenario;
import kubeplan.scenario.ServiceSpec;
import kubeplan.scenario.WorkloadSpec;

/** Builds the scenario a configuration stands for, from the scenario the plan starts from. */
final class Variants {
  private Variants() {}

  /**
   * {@code base} with the configuration's exposure alone, its replicas, concurrency, node type,
   * traffic policy and kube-proxy mode, {@code nodes} nodes ({@code count: auto} when empty) and
   * Poisson arrivals at {@code ratePerSecond}. A service whose replicas change loses its
   * {@code placement} (which must add up to its replicas) and is spread instead.
   */
  static Scenario of(Scenario base, Configuration configuration, OptionalInt nodes,
      double ratePerSecond) {
    List<ServiceSpec> services = services(base, configuration);
    ExposureSpec exposure = exposure(base, configuration);
    ClusterSpec c = base.cluster();
    ClusterSpec cluster = new ClusterSpec(c.provider(), c.region(), c.zones(),
        new NodePool(nodes, configuration.nodeType()), c.cni(),
        configuration.kubeProxy().orElse(c.kubeProxy()), c.ipvsScheduler(), c.totalServices(),
        c.network(), c.hops(), c.bandwidth());
    WorkloadSpec w = base.workload();
    WorkloadSpec workload = new WorkloadSpec(w.clients(), w.connections(),
        new ArrivalProcess.Poisson(ratePerSecond), w.timeout(), w.mix());
    return new Scenario(base.name(), base.description(), base.seed(), base.run(), cluster,
        services, List.of(exposure), workload, base.slo(), base.pricing());
  }

  /**
   * Every pod the configuration asks the cluster to place, the ingress controller's included,
   * with what each requests.
   */
  static List<PodRequest> pods(Scenario base, Configuration configuration) {
    return PodRequests.of(services(base, configuration),
        exposure(base, configuration).controller());
  }

  /** The exposure named {@code name}, which the plan reader made sure exists. */
  static ExposureSpec exposureNamed(Scenario scenario, String name) {
    return scenario.exposures().stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "no exposure named " + name + " in scenario " + scenario.name()));
  }

  private static List<ServiceSpec> services(Scenario base, Configuration configuration) {
    return base.services().stream()
        .map(s -> service(s, configuration.replicas().get(s.name()),
            configuration.concurrency().get(s.name())))
        .toList();
  }

  private static ExposureSpec exposure(Scenario base, Configuration configuration) {
    return exposure(exposureNamed(base, configuration.exposure()),
        configuration.controllerReplicas(), configuration.externalTrafficPolicy());
  }

  private static ServiceSpec service(ServiceSpec s, int replicas, int concurrency) {
    Map<String, Integer> placement = replicas == s.replicas() ? s.placement() : Map.of();
    return new ServiceSpec(s.name(), s.copies(), s.type(), replicas, placement, concurrency,
        s.queueLimit(), s.serviceTime(), s.requestSize(), s.responseSize(), s.cpuMillis(),
        s.memoryBytes(), s.sessionAffinity(), s.externalTrafficPolicy(),
        s.internalTrafficPolicy(), s.trafficDistribution(), s.calls(), s.ports());
  }

  /**
   * Whether {@code externalTrafficPolicy} decides anything for {@code exposure}: it does where
   * traffic enters through a node port — NodePort, a LoadBalancer with instance targets, and the
   * controller's LoadBalancer Service of an Ingress — and not where the load balancer sends
   * straight to pods (ip targets, an L7 cloud Ingress).
   */
  static boolean trafficPolicyApplies(ExposureSpec exposure) {
    return switch (exposure.type()) {
      case NODE_PORT -> true;
      case LOAD_BALANCER ->
          exposure.loadBalancer().orElseThrow().targetType() == TargetType.INSTANCE;
      case INGRESS -> exposure.controller().isPresent();
    };
  }

  /*
   * The policy goes where the model reads it: a LoadBalancer or NodePort exposure's own policy
   * overrides every exposed Service's, and an Ingress's node port is its controller's Service.
   */
  private static ExposureSpec exposure(ExposureSpec e, OptionalInt controllerReplicas,
      Optional<TrafficPolicy> policy) {
    Optional<ControllerSpec> controller = e.controller().map(c -> new ControllerSpec(
        controllerReplicas.orElse(c.replicas()), c.cpuMillis(), c.concurrency(),
        c.maxConnections(), c.processingTime(), c.responseProcessingTime(), c.balancing(),
        policy.orElse(c.externalTrafficPolicy())));
    Optional<TrafficPolicy> exposed = e.type() == ExposureType.INGRESS
        ? e.externalTrafficPolicy() : policy.or(e::externalTrafficPolicy);
    return new ExposureSpec(e.name(), e.type(), exposed, e.loadBalancer(),
        e.clientNodeSelection(), e.implementation(), e.ingress(), controller,
        e.tlsTermination());
  }
}
