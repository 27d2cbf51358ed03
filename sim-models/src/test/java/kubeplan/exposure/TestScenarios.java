package kubeplan.exposure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import kubeplan.arrival.ArrivalProcess;
import kubeplan.ingress.IngressRules;
import kubeplan.random.Dimension;
import kubeplan.random.Distribution;
import kubeplan.random.Distributions;
import kubeplan.scenario.CallSpec;
import kubeplan.scenario.ClusterSpec;
import kubeplan.scenario.ExposureSpec;
import kubeplan.scenario.HopOverrides;
import kubeplan.scenario.BandwidthLimits;
import kubeplan.scenario.LoadBalancerSpec;
import kubeplan.scenario.MixEntry;
import kubeplan.scenario.NodePool;
import kubeplan.scenario.PricingSpec;
import kubeplan.scenario.RunSpec;
import kubeplan.scenario.Scenario;
import kubeplan.scenario.ServiceSpec;
import kubeplan.scenario.SloSpec;
import kubeplan.scenario.TrafficPolicy;
import kubeplan.scenario.Warmup;
import kubeplan.scenario.WorkloadSpec;

/** Scenarios built in code for model tests, with the reader's defaults where a test is silent. */
final class TestScenarios {
  private TestScenarios() {}

  static Distribution time(String text) {
    return Distributions.parse(text, Dimension.TIME, Path.of("."));
  }

  static Distribution size(String text) {
    return Distributions.parse(text, Dimension.SIZE, Path.of("."));
  }

  static ServiceSpec service(String name, int replicas, int concurrency, String serviceTime) {
    return service(name, replicas, concurrency, serviceTime, List.of());
  }

  static ServiceSpec service(String name, int replicas, int concurrency, String serviceTime,
      List<CallSpec> calls) {
    return new ServiceSpec(name, 1, ServiceSpec.ServiceType.CLUSTER_IP, replicas, Map.of(),
        concurrency, OptionalInt.empty(), time(serviceTime), size("constant(800B)"),
        size("constant(16KiB)"), 100, 128L << 20, ServiceSpec.SessionAffinity.NONE,
        TrafficPolicy.CLUSTER, TrafficPolicy.CLUSTER, ServiceSpec.TrafficDistribution.NONE,
        calls, List.of());
  }

  static ExposureSpec nodePort(String name) {
    return new ExposureSpec(name, ExposureSpec.ExposureType.NODE_PORT,
        Optional.of(TrafficPolicy.CLUSTER), Optional.empty(),
        ExposureSpec.ClientNodeSelection.RANDOM, ExposureSpec.IngressImplementation.CONTROLLER,
        new IngressRules(List.of(), Optional.empty()), Optional.empty(),
        ExposureSpec.TlsTermination.NONE);
  }

  static ExposureSpec loadBalancer(String name, TrafficPolicy policy, boolean crossZone) {
    return new ExposureSpec(name, ExposureSpec.ExposureType.LOAD_BALANCER, Optional.of(policy),
        Optional.of(new LoadBalancerSpec(LoadBalancerSpec.LoadBalancerKind.NLB,
            LoadBalancerSpec.TargetType.INSTANCE, crossZone, Optional.empty())),
        ExposureSpec.ClientNodeSelection.RANDOM, ExposureSpec.IngressImplementation.CONTROLLER,
        new IngressRules(List.of(), Optional.empty()), Optional.empty(),
        ExposureSpec.TlsTermination.NONE);
  }

  static Scenario scenario(ClusterSpec.NetworkProfile network, int zones, int nodes,
      List<ServiceSpec> services, List<ExposureSpec> exposures, double ratePerSecond,
      double durationSeconds, int replications) {
    ClusterSpec cluster = new ClusterSpec(ClusterSpec.Provider.AWS, "us-east-1", zones,
        new NodePool(OptionalInt.of(nodes), "m6i.large"), ClusterSpec.Cni.ROUTED,
        ClusterSpec.KubeProxyMode.IPTABLES, ClusterSpec.IpvsScheduler.RR, 100, network,
        HopOverrides.none(), BandwidthLimits.none());
    List<MixEntry> mix = List.of(new MixEntry(services.get(0).name(),
        new MixEntry.ServiceTarget(services.get(0).name()), 1));
    WorkloadSpec workload = new WorkloadSpec(OptionalInt.empty(),
        WorkloadSpec.ConnectionMode.KEEP_ALIVE, new ArrivalProcess.Poisson(ratePerSecond),
        Duration.ofSeconds(10), mix);
    RunSpec run = new RunSpec(Duration.ofNanos((long) (durationSeconds * 1e9)),
        new Warmup.Fixed(Duration.ofNanos((long) (durationSeconds * 1e8))), replications, 0.95,
        Optional.empty());
    SloSpec slo = new SloSpec(Optional.empty(), Optional.empty(),
        Optional.of(Duration.ofMillis(50)), Optional.empty(), Optional.empty(),
        OptionalDouble.of(0.001), SloSpec.MeasuredAt.CLIENT);
    return new Scenario("test", "", 1, run, cluster, services, exposures, workload, slo,
        new PricingSpec(Optional.empty(), PricingSpec.Overrides.none()));
  }
}
