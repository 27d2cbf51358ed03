package kubeplan.network;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kubeplan.random.Dimension;
import kubeplan.random.Distribution;
import kubeplan.random.Distributions;
import kubeplan.value.Bandwidth;

/** The {@code default} network profile: published figures, converted to one-way traversals. */
final class PublishedProfile {
  /*
   * Row tags (C1, K1, L5, …) are those of the research notes; docs/model.md gives each source URL,
   * the conversion and whether it is a measurement or an estimate.
   *
   * One-way per traversal: a measured round trip is split 50/50 between the directions. A same-node
   * pod-to-pod round trip crosses a veth four times (two each way), so veth = RTT(same node) / 4;
   * a cross-node round trip adds two node-to-node traversals, so crossNode = (RTT(other node) -
   * RTT(same node)) / 2, likewise crossZone. Medians and p99s are converted the same way (the
   * spread is attributed to the node-to-node part; an estimate).
   *
   * The research fits shifted lognormals; the engine's lognormal has no shift, so each hop is the
   * plain lognormal with the same median and p99. It has a longer left tail than the shifted fit
   * (values below the measured minimum are possible) and a mean within a few percent of it.
   */

  private static final Path NO_FILES = Path.of("");

  private PublishedProfile() {}

  static NetworkProfile of(Cni cni) {
    Map<Hop, Distribution> hops = new EnumMap<>(Hop.class);
    hops.put(Hop.VETH, time("lognormal(median=10us, p99=21us)")); // C1: 40/85 us RTT over 4
    if (cni == Cni.EBPF) {
      // C10: the eBPF datapath saves about 20 us per one-way node-to-node crossing.
      hops.put(Hop.CROSS_NODE, time("lognormal(median=130us, p99=170us)"));
      hops.put(Hop.CROSS_ZONE, time("lognormal(median=232us, p99=270us)"));
    } else {
      hops.put(Hop.CROSS_NODE, time("lognormal(median=150us, p99=190us)")); // C2 - C1, halved
      hops.put(Hop.CROSS_ZONE, time("lognormal(median=252us, p99=290us)")); // C3 - C1, halved
    }
    hops.put(
        Hop.ENCAPSULATION,
        cni == Cni.OVERLAY
            ? time("lognormal(median=30us, p99=75us)") // C8, C28: VXLAN adds ~60/150 us RTT
            : NetworkProfile.NO_DELAY);
    hops.put(Hop.INTERNET, NetworkProfile.NO_DELAY); // no source: set cluster.hops.internet

    Bandwidths bandwidth =
        new Bandwidths(
            Optional.of(Bandwidth.parse("10Gbps")), // C26: m5.xlarge peak, 9.94 Gbit/s measured
            Optional.of(Bandwidth.parse("5Gbps"))); // C26: EC2 per-flow limit, 4.96 measured

    Map<LoadBalancerKind, Distribution> lbs = new EnumMap<>(LoadBalancerKind.class);
    Distribution l4 = time("lognormal(median=50us, p99=200us)"); // E: NLB RTT 0.10/0.40 ms, I
    Distribution l7 = time("lognormal(median=500us, p99=2500us)"); // E: L7 RTT 1.0/5.0 ms, I
    lbs.put(LoadBalancerKind.NLB, l4);
    lbs.put(LoadBalancerKind.STANDARD, l4);
    lbs.put(LoadBalancerKind.PASSTHROUGH, l4); // inbound only (B8: direct server return)
    lbs.put(LoadBalancerKind.GENERIC, l4); // provider custom: an L4 load balancer like these
    lbs.put(LoadBalancerKind.CLB, l7);
    lbs.put(LoadBalancerKind.ALB, l7);
    lbs.put(LoadBalancerKind.PROXY, l7);

    KubeProxyCosts kubeProxy =
        new KubeProxyCosts(
            iptablesByServices(),
            time("constant(12us)"), // K4: as nftables
            time("constant(12us)"), // K4
            time("constant(1us)"), // K7
            time("constant(1us)")); // K7: steady-state DNAT cost

    ConnectionSetup connections =
        new ConnectionSetup(
            time("constant(300us)"), // C6: new connection = one path RTT + ~0.3 ms
            time("constant(500us)"), // L7: > 2,000 ECDSA P-256 handshakes/s per core
            time("constant(2.9ms)")); // L7: ~350 RSA-2048 handshakes/s per core

    ControllerDefaults controller =
        new ControllerDefaults(
            time("lognormal(mean=340us, cv=0.5)"), // L5: ingress-nginx CPU/request; cv estimated
            NetworkProfile.NO_DELAY, // included in processingTime
            8192); // S16: max-worker-connections 16,384, two per proxied request

    return new NetworkProfile(
        "default", cni, new HopLatencies(hops), bandwidth, lbs, kubeProxy, connections, controller);
  }

  /**
   * K1-K3 (first-packet latency at 5k/10k/30k Services, p01/p50/p90/p99) with the estimate of 10 us
   * at up to 1,000 Services, where K5 places the onset of measurable differences.
   */
  private static ServiceCountScaling iptablesByServices() {
    return new ServiceCountScaling(
        List.of(0.01, 0.5, 0.9, 0.99),
        List.of(
            row(1_000, 10, 10, 10, 10),
            row(5_000, 15, 47, 120, 150),
            row(10_000, 11, 62, 190, 260),
            row(30_000, 40, 270, 490, 720)));
  }

  private static ServiceCountScaling.Row row(int services, double... micros) {
    List<Double> seconds = Arrays.stream(micros).map(us -> us * 1e-6).boxed().toList();
    return new ServiceCountScaling.Row(services, seconds);
  }

  private static Distribution time(String text) {
    return Distributions.parse(text, Dimension.TIME, NO_FILES);
  }
}
