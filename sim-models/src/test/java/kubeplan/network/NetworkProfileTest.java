package kubeplan.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import kubeplan.random.Dimension;
import kubeplan.random.Distribution;
import kubeplan.random.Distributions;
import kubeplan.routing.KubeProxyMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NetworkProfileTest {
  private static final double EXACT = 1e-12;
  private final NetworkProfile routed = NetworkProfile.defaults(Cni.ROUTED);

  @Test
  void defaultHops_areOneWayShares_ofThePublishedRoundTrips() {
    assertEquals(10e-6, routed.hop(Hop.VETH).quantile(0.5), EXACT);
    assertEquals(21e-6, routed.hop(Hop.VETH).quantile(0.99), EXACT);
    assertEquals(150e-6, routed.hop(Hop.CROSS_NODE).quantile(0.5), EXACT);
    assertEquals(252e-6, routed.hop(Hop.CROSS_ZONE).quantile(0.5), EXACT);
  }

  /**
   * Mean round trips rebuilt from the hops: same node 4 veth; other node and other zone 2 * (2 veth
   * + 1 node-to-node). The hops were fitted to the medians of C1-C3 (40, 339, 544 us), and a
   * lognormal's mean exceeds its median by exp(sigma^2 / 2), at most 1.052 (veth, the widest), so
   * each rebuilt mean lies between the measured figure and that factor above it.
   */
  @Test
  void defaultHops_rebuildTheMeasuredRoundTrips() {
    double veth = routed.hop(Hop.VETH).mean();
    double sigma = Math.log(21.0 / 10) / 2.3263478740408408;
    double widest = Math.exp(sigma * sigma / 2) * (1 + 1e-12);

    assertWithin(40e-6, 4 * veth, widest);
    assertWithin(339e-6, 2 * (2 * veth + routed.hop(Hop.CROSS_NODE).mean()), widest);
    assertWithin(544e-6, 2 * (2 * veth + routed.hop(Hop.CROSS_ZONE).mean()), widest);
  }

  private static void assertWithin(double measured, double rebuilt, double factor) {
    assertTrue(
        rebuilt >= measured && rebuilt <= measured * factor,
        () -> rebuilt + " s should lie in [" + measured + ", " + measured * factor + "]");
  }

  @Test
  void encapsulation_costsOnlyOnOverlay() {
    assertEquals(
        30e-6, NetworkProfile.defaults(Cni.OVERLAY).hop(Hop.ENCAPSULATION).quantile(0.5), EXACT);
    for (Cni cni : new Cni[] {Cni.BRIDGE, Cni.ROUTED, Cni.EBPF}) {
      assertSame(NetworkProfile.NO_DELAY, NetworkProfile.defaults(cni).hop(Hop.ENCAPSULATION));
    }
  }

  /** C10: the eBPF datapath is about 20 us shorter per one-way node-to-node crossing. */
  @Test
  void ebpf_shortensNodeToNodeTraversals_only() {
    NetworkProfile ebpf = NetworkProfile.defaults(Cni.EBPF);

    assertEquals(
        20e-6,
        routed.hop(Hop.CROSS_NODE).quantile(0.5) - ebpf.hop(Hop.CROSS_NODE).quantile(0.5),
        EXACT);
    assertEquals(
        20e-6,
        routed.hop(Hop.CROSS_ZONE).quantile(0.5) - ebpf.hop(Hop.CROSS_ZONE).quantile(0.5),
        EXACT);
    assertEquals(routed.hop(Hop.VETH), ebpf.hop(Hop.VETH));
  }

  @Test
  void passthroughLoadBalancer_addsNothingOnTheWayBack() {
    assertSame(NetworkProfile.NO_DELAY, routed.loadBalancerReturn(LoadBalancerKind.PASSTHROUGH));
    assertEquals(50e-6, routed.loadBalancer(LoadBalancerKind.PASSTHROUGH).quantile(0.5), EXACT);
    assertSame(
        routed.loadBalancer(LoadBalancerKind.NLB), routed.loadBalancerReturn(LoadBalancerKind.NLB));
    assertEquals(500e-6, routed.loadBalancer(LoadBalancerKind.ALB).quantile(0.5), EXACT);
  }

  @Test
  void connectionSetup_andTlsHandshake_matchTheCitedFigures() {
    assertEquals(300e-6, routed.connections().tcpOverhead().mean(), EXACT);
    assertEquals(0.5e-3, routed.connections().tlsHandshake(TlsKey.ECDSA_P256).mean(), EXACT);
    assertEquals(2.9e-3, routed.connections().tlsHandshake(TlsKey.RSA_2048).mean(), EXACT);
  }

  @Test
  void controllerDefaults_oneWorkerPerCpuRoundedUp_andIngressNginxCpuPerRequest() {
    ControllerDefaults controller = routed.controller();

    assertEquals(340e-6, controller.processingTime().mean(), 1e-15);
    assertEquals(0.5, controller.processingTime().cv(), 1e-12);
    assertEquals(1, controller.concurrency(250));
    assertEquals(1, controller.concurrency(1000));
    assertEquals(2, controller.concurrency(1500));
    assertEquals(16_384, controller.maxConnections(2));
  }

  @ParameterizedTest
  @EnumSource(Cni.class)
  void ideal_makesEverythingFree(Cni cni) {
    NetworkProfile ideal = NetworkProfile.ideal(cni);

    for (Hop hop : Hop.values()) {
      assertEquals(0, ideal.hop(hop).mean(), hop.key());
    }
    for (LoadBalancerKind kind : LoadBalancerKind.values()) {
      assertEquals(0, ideal.loadBalancer(kind).mean(), kind.key());
      assertEquals(0, ideal.loadBalancerReturn(kind).mean(), kind.key());
    }
    for (KubeProxyMode mode : KubeProxyMode.values()) {
      assertEquals(0, ideal.kubeProxy().newConnection(mode, 30_000).mean(), mode.name());
    }
    assertEquals(0, ideal.kubeProxy().perPacket().mean());
    assertEquals(Bandwidths.UNLIMITED, ideal.bandwidth());
    assertEquals(0, ideal.connections().tcpOverhead().mean());
    assertEquals(0, ideal.connections().tlsHandshake(TlsKey.RSA_2048).mean());
    assertEquals(0, ideal.controller().processingTime().mean());
    assertEquals(Integer.MAX_VALUE, ideal.controller().maxConnections(4));
  }

  /** The spec: under network: ideal, anything the scenario sets explicitly still applies. */
  @Test
  void overrides_replaceOnlyWhatTheyName_evenOnIdeal() {
    Distribution crossNode = time("lognormal(median=60us, p99=250us)");

    NetworkProfile changed = NetworkProfile.ideal(Cni.ROUTED).withHop(Hop.CROSS_NODE, crossNode);

    assertSame(crossNode, changed.hop(Hop.CROSS_NODE));
    assertEquals(0, changed.hop(Hop.CROSS_ZONE).mean());
    assertEquals(NetworkProfile.ideal(Cni.ROUTED).hop(Hop.VETH), changed.hop(Hop.VETH));
  }

  @Test
  void loadBalancerOverride_keepsDirectServerReturn() {
    Distribution latency = time("constant(80us)");

    NetworkProfile changed = routed.withLoadBalancerLatency(LoadBalancerKind.PASSTHROUGH, latency);

    assertSame(latency, changed.loadBalancer(LoadBalancerKind.PASSTHROUGH));
    assertSame(NetworkProfile.NO_DELAY, changed.loadBalancerReturn(LoadBalancerKind.PASSTHROUGH));
    assertSame(
        routed.loadBalancer(LoadBalancerKind.NLB), changed.loadBalancer(LoadBalancerKind.NLB));
  }

  @Test
  void controllerAndBandwidthOverrides_apply_andABandwidthLeftOutKeepsTheProfiles() {
    Distribution processing = time("constant(1ms)");
    Bandwidths slowerFlows = new Bandwidths(Optional.empty(),
        Optional.of(kubeplan.value.Bandwidth.parse("1Gbps")));

    NetworkProfile changed =
        routed
            .withController(routed.controller().withProcessingTime(processing))
            .withBandwidth(slowerFlows);

    assertSame(processing, changed.controller().processingTime());
    assertEquals(10e9, changed.bandwidth().node().orElseThrow().bitsPerSecond());
    assertEquals(1e9, changed.bandwidth().flow().orElseThrow().bitsPerSecond());
    assertEquals(5e9, routed.bandwidth().flow().orElseThrow().bitsPerSecond());
  }

  @Test
  void encapsulationOverride_withoutAnOverlay_isRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> routed.withHop(Hop.ENCAPSULATION, time("constant(10us)")));

    assertEquals(
        "hops.encapsulation applies only to cni: overlay, but the cni is routed", e.getMessage());
  }

  @Test
  void namedProfile_isDefaultOrIdeal() {
    assertEquals("default", NetworkProfile.named("default", Cni.BRIDGE).name());
    assertEquals("ideal", NetworkProfile.named("ideal", Cni.BRIDGE).name());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> NetworkProfile.named("fast", Cni.BRIDGE));
    assertEquals("network must be 'default' or 'ideal': 'fast'", e.getMessage());
  }

  @Test
  void hopKeys_andProviderDefaults_followTheScenarioFormat() {
    assertEquals(Optional.of(Hop.CROSS_NODE), Hop.byKey("crossNode"));
    assertEquals("cross-node", Hop.CROSS_NODE.label());
    assertEquals(Tier.EXTERNAL, Hop.INTERNET.tier());
    assertEquals(Optional.empty(), Hop.byKey("cross-node"));
    assertEquals(LoadBalancerKind.NLB, LoadBalancerKind.defaultFor("aws"));
    assertEquals(LoadBalancerKind.PASSTHROUGH, LoadBalancerKind.defaultFor("gcp"));
    assertEquals(LoadBalancerKind.STANDARD, LoadBalancerKind.defaultFor("azure"));
    assertThrows(IllegalArgumentException.class, () -> LoadBalancerKind.defaultFor("custom"));
    assertTrue(
        !LoadBalancerKind.NLB.crossZoneByDefault() && LoadBalancerKind.ALB.crossZoneByDefault());
  }

  private static Distribution time(String text) {
    return Distributions.parse(text, Dimension.TIME, Path.of(""));
  }
}
