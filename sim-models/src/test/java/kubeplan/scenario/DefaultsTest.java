package kubeplan.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import kubeplan.ingress.IngressBackend;
import kubeplan.ingress.IngressPath;
import kubeplan.ingress.IngressRule;
import kubeplan.ingress.PathType;
import kubeplan.scenario.ClusterSpec.Cni;
import kubeplan.scenario.ClusterSpec.KubeProxyMode;
import kubeplan.scenario.ClusterSpec.Provider;
import kubeplan.scenario.LoadBalancerSpec.LoadBalancerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a scenario that writes only the required fields resolves to: the documented defaults. */
class DefaultsTest {
  @TempDir Path dir;

  private Scenario read(String text) throws ScenarioException {
    return ScenarioReader.read(ScenarioFiles.write(dir, "s.yaml", text)).points().get(0).scenario();
  }

  @Test
  void minimalScenario_getsRunClusterAndWorkloadDefaults() throws ScenarioException {
    Scenario scenario = read(ScenarioFiles.MINIMAL);

    assertEquals(1, scenario.seed());
    assertEquals("", scenario.description());
    assertEquals(
        new RunSpec(
            Duration.ofSeconds(10),
            new Warmup.Fixed(Duration.ofSeconds(1)),
            10,
            0.95,
            Optional.empty()),
        scenario.run());
    ClusterSpec cluster = scenario.cluster();
    assertEquals(Provider.AWS, cluster.provider());
    assertEquals("us-east-1", cluster.region());
    assertEquals(List.of("a", "b", "c"), cluster.zoneNames());
    assertEquals(new NodePool(OptionalInt.empty(), "m6i.large"), cluster.nodes());
    assertEquals(Cni.ROUTED, cluster.cni());
    assertEquals(KubeProxyMode.IPTABLES, cluster.kubeProxy());
    assertEquals(1, cluster.totalServices());
    assertEquals(HopOverrides.none(), cluster.hops());
    assertEquals(BandwidthLimits.none(), cluster.bandwidth());
    WorkloadSpec workload = scenario.workload();
    assertEquals(OptionalInt.empty(), workload.clients());
    assertEquals(WorkloadSpec.ConnectionMode.KEEP_ALIVE, workload.connections());
    assertEquals(Duration.ofSeconds(10), workload.timeout());
    assertEquals(
        List.of(new MixEntry("foo", new MixEntry.ServiceTarget("foo"), 1.0)), workload.mix());
    assertTrue(scenario.slo().isEmpty());
    assertEquals(SloSpec.MeasuredAt.CLIENT, scenario.slo().measuredAt());
    assertEquals(
        new PricingSpec(Optional.empty(), PricingSpec.Overrides.none()), scenario.pricing());
  }

  @Test
  void minimalService_getsOneReplicaOneWorkerUnboundedQueueAndKilobyteMessages()
      throws ScenarioException {
    ServiceSpec foo = read(ScenarioFiles.MINIMAL).service("foo");

    assertEquals(1, foo.copies());
    assertEquals(1, foo.replicas());
    assertEquals(1, foo.concurrency());
    assertEquals(OptionalInt.empty(), foo.queueLimit());
    assertEquals(1024.0, foo.requestSize().mean());
    assertEquals(1024.0, foo.responseSize().mean());
    assertEquals(0, foo.cpuMillis());
    assertEquals(0, foo.memoryBytes());
    assertEquals(ServiceSpec.SessionAffinity.NONE, foo.sessionAffinity());
    assertEquals(TrafficPolicy.CLUSTER, foo.externalTrafficPolicy());
    assertEquals(TrafficPolicy.CLUSTER, foo.internalTrafficPolicy());
    assertEquals(ServiceSpec.TrafficDistribution.NONE, foo.trafficDistribution());
    assertEquals(List.of(), foo.placement().keySet().stream().toList());
  }

  @Test
  void loadBalancerExposure_onAws_getsAnNlbWithoutCrossZone() throws ScenarioException {
    ExposureSpec lb = read(ScenarioFiles.MINIMAL).exposures().get(0);

    assertEquals(
        Optional.of(
            new LoadBalancerSpec(
                LoadBalancerKind.NLB,
                LoadBalancerSpec.TargetType.INSTANCE,
                false,
                Optional.empty())),
        lb.loadBalancer());
    assertEquals(Optional.empty(), lb.externalTrafficPolicy());
    assertEquals(ExposureSpec.TlsTermination.NONE, lb.tlsTermination());
  }

  @Test
  void ingressWithoutRules_getsOneHostRulePerService_andADefaultController()
      throws ScenarioException {
    Scenario scenario =
        read(
            ScenarioFiles.MINIMAL
                .replace("type: LoadBalancer", "type: Ingress")
                .replace(
                    "    serviceTime: exponential(mean=1ms)\n",
                    "    serviceTime: exponential(mean=1ms)\n    copies: 2\n"));

    ExposureSpec ingress = scenario.exposures().get(0);
    assertEquals(
        List.of(
            new IngressRule(
                Optional.of("foo-0"),
                List.of(new IngressPath("/", PathType.PREFIX, new IngressBackend("foo-0", "")))),
            new IngressRule(
                Optional.of("foo-1"),
                List.of(new IngressPath("/", PathType.PREFIX, new IngressBackend("foo-1", ""))))),
        ingress.ingress().rules());
    assertEquals(Optional.empty(), ingress.ingress().defaultBackend());
    assertEquals(
        Optional.of(
            new ControllerSpec(
                2,
                1000,
                1,
                4096,
                Optional.empty(),
                Optional.empty(),
                ControllerSpec.Balancing.ROUND_ROBIN,
                TrafficPolicy.CLUSTER)),
        ingress.controller());
    assertEquals(ExposureSpec.IngressImplementation.CONTROLLER, ingress.implementation());
    assertEquals(2, scenario.cluster().totalServices());
  }

  @Test
  void cloudIngressOnGcp_getsAProxyLoadBalancerThatCrossesZones() throws ScenarioException {
    Scenario scenario =
        read(
            ScenarioFiles.MINIMAL.replace(
                    "type: LoadBalancer", "type: Ingress\n    implementation: cloud")
                + "cluster:\n  provider: gcp\n");

    LoadBalancerSpec lb = scenario.exposures().get(0).loadBalancer().orElseThrow();
    assertEquals(LoadBalancerKind.PROXY, lb.kind());
    assertTrue(lb.crossZone());
    assertEquals(Optional.empty(), scenario.exposures().get(0).controller());
    assertEquals("us-central1", scenario.cluster().region());
    assertEquals("e2-standard-2", scenario.cluster().nodes().type());
  }

  @Test
  void placementWithoutReplicas_setsReplicasToItsSum() throws ScenarioException {
    ServiceSpec foo =
        read(ScenarioFiles.MINIMAL.replace(
                "    serviceTime: exponential(mean=1ms)\n",
                "    serviceTime: exponential(mean=1ms)\n    placement: {a: 4, b: 1, c: 1}\n"))
            .service("foo");

    assertEquals(6, foo.replicas());
    assertEquals(List.of("a", "b", "c"), List.copyOf(foo.placement().keySet()));
  }

  @Test
  void warmupAuto_isMser5_andPercentagesAreFractions() throws ScenarioException {
    Scenario scenario =
        read(
            ScenarioFiles.MINIMAL.replace("  duration: 10s\n", "  duration: 10s\n  warmup: auto\n")
                + "slo:\n  latencyP99: 50ms\n  errorRate: 0.1%\n");

    assertEquals(new Warmup.Mser5(), scenario.run().warmup());
    assertEquals(Optional.of(Duration.ofMillis(50)), scenario.slo().latencyP99());
    assertEquals(0.001, scenario.slo().errorRate().getAsDouble(), 1e-15);
  }
}
