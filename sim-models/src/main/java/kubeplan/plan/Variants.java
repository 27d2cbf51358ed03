package kubeplan.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import kubeplan.arrival.ArrivalProcess;
import kubeplan.scenario.ClusterSpec;
import kubeplan.scenario.ControllerSpec;
import kubeplan.scenario.ExposureSpec;
import kubeplan.scenario.NodePool;
import kubeplan.scenario.Scenario;
import kubeplan.scenario.ServiceSpec;
import kubeplan.scenario.WorkloadSpec;

/** Builds the scenario a configuration stands for, from the scenario the plan starts from. */
final class Variants {
  private Variants() {}

  /**
   * {@code base} with the configuration's exposure alone, its replicas and concurrency, nodes
   * {@code count: auto} and Poisson arrivals at {@code ratePerSecond}. A service whose replicas
   * change loses its {@code placement} (which must add up to its replicas) and is spread instead.
   */
  static Scenario of(Scenario base, Configuration configuration, double ratePerSecond) {
    List<ServiceSpec> services = base.services().stream()
        .map(s -> service(s, configuration.replicas().get(s.name()),
            configuration.concurrency().get(s.name())))
        .toList();
    ExposureSpec exposure = exposure(exposureNamed(base, configuration.exposure()),
        configuration.controllerReplicas());
    ClusterSpec c = base.cluster();
    ClusterSpec cluster = new ClusterSpec(c.provider(), c.region(), c.zones(),
        new NodePool(OptionalInt.empty(), c.nodes().type()), c.cni(), c.kubeProxy(),
        c.ipvsScheduler(), c.totalServices(), c.network(), c.hops(), c.bandwidth());
    WorkloadSpec w = base.workload();
    WorkloadSpec workload = new WorkloadSpec(w.clients(), w.connections(),
        new ArrivalProcess.Poisson(ratePerSecond), w.timeout(), w.mix());
    return new Scenario(base.name(), base.description(), base.seed(), base.run(), cluster,
        services, List.of(exposure), workload, base.slo(), base.pricing());
  }

  /** The exposure named {@code name}, which the plan reader made sure exists. */
  static ExposureSpec exposureNamed(Scenario scenario, String name) {
    return scenario.exposures().stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "no exposure named " + name + " in scenario " + scenario.name()));
  }

  private static ServiceSpec service(ServiceSpec s, int replicas, int concurrency) {
    Map<String, Integer> placement = replicas == s.replicas() ? s.placement() : Map.of();
    return new ServiceSpec(s.name(), s.copies(), s.type(), replicas, placement, concurrency,
        s.queueLimit(), s.serviceTime(), s.requestSize(), s.responseSize(), s.cpuMillis(),
        s.memoryBytes(), s.sessionAffinity(), s.externalTrafficPolicy(),
        s.internalTrafficPolicy(), s.trafficDistribution(), s.calls(), s.ports());
  }

  private static ExposureSpec exposure(ExposureSpec e, OptionalInt controllerReplicas) {
    Optional<ControllerSpec> controller = e.controller().map(c -> new ControllerSpec(
        controllerReplicas.orElse(c.replicas()), c.cpuMillis(), c.concurrency(),
        c.maxConnections(), c.processingTime(), c.responseProcessingTime(), c.balancing(),
        c.externalTrafficPolicy()));
    return new ExposureSpec(e.name(), e.type(), e.externalTrafficPolicy(), e.loadBalancer(),
        e.clientNodeSelection(), e.implementation(), e.ingress(), controller,
        e.tlsTermination());
  }
}
