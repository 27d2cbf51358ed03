package kubeplan.network;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import kubeplan.random.Constant;
import kubeplan.random.Distribution;

/**
 * Every network and proxy cost of the model, by CNI: one-way hop latencies, bandwidths, load
 * balancer and kube-proxy latencies, connection set-up and ingress controller defaults. {@code
 * default} holds published figures (docs/model.md cites each); {@code ideal} holds zeros, so that a
 * scenario reduces to a pure queueing network.
 *
 * @param name {@code default} or {@code ideal}
 * @param cni the datapath the hop latencies are for
 * @param hops one-way latency per traversal of each hop
 * @param bandwidth NIC and per-flow capacities
 * @param loadBalancerLatency one-way latency per traversal of each kind of cloud load balancer;
 *     copied
 * @param kubeProxy what kube-proxy adds per new connection and per packet
 * @param connections what opening TCP and TLS connections costs beyond the path
 * @param controller ingress controller defaults
 */
public record NetworkProfile(
    String name,
    Cni cni,
    HopLatencies hops,
    Bandwidths bandwidth,
    Map<LoadBalancerKind, Distribution> loadBalancerLatency,
    KubeProxyCosts kubeProxy,
    ConnectionSetup connections,
    ControllerDefaults controller) {

  /** Zero seconds: what {@code ideal} has everywhere, and a DSR load balancer on the way back. */
  public static final Distribution NO_DELAY = new Constant(0, "constant(0s)");

  public NetworkProfile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(cni, "cni");
    Objects.requireNonNull(hops, "hops");
    Objects.requireNonNull(bandwidth, "bandwidth");
    Objects.requireNonNull(kubeProxy, "kubeProxy");
    Objects.requireNonNull(connections, "connections");
    Objects.requireNonNull(controller, "controller");
    EnumMap<LoadBalancerKind, Distribution> lbs = new EnumMap<>(LoadBalancerKind.class);
    lbs.putAll(loadBalancerLatency);
    for (LoadBalancerKind kind : LoadBalancerKind.values()) {
      Objects.requireNonNull(lbs.get(kind), () -> "no latency for load balancer " + kind.key());
    }
    loadBalancerLatency = Collections.unmodifiableMap(lbs);
  }

  /** The published defaults for {@code cni}. */
  public static NetworkProfile defaults(Cni cni) {
    return PublishedProfile.of(cni);
  }

  /** Everything free: no latency, unlimited bandwidth, no proxy or set-up cost. */
  public static NetworkProfile ideal(Cni cni) {
    Map<Hop, Distribution> hops = new EnumMap<>(Hop.class);
    for (Hop hop : Hop.values()) {
      hops.put(hop, NO_DELAY);
    }
    Map<LoadBalancerKind, Distribution> lbs = new EnumMap<>(LoadBalancerKind.class);
    for (LoadBalancerKind kind : LoadBalancerKind.values()) {
      lbs.put(kind, NO_DELAY);
    }
    ServiceCountScaling free =
        new ServiceCountScaling(
            List.of(0.5), List.of(new ServiceCountScaling.Row(0, List.of(0.0))));
    return new NetworkProfile(
        "ideal",
        cni,
        new HopLatencies(hops),
        Bandwidths.UNLIMITED,
        lbs,
        new KubeProxyCosts(free, NO_DELAY, NO_DELAY, NO_DELAY, NO_DELAY),
        new ConnectionSetup(NO_DELAY, NO_DELAY, NO_DELAY),
        new ControllerDefaults(NO_DELAY, NO_DELAY, Integer.MAX_VALUE));
  }

  /**
   * The profile {@code cluster.network} names.
   *
   * @throws IllegalArgumentException unless {@code network} is {@code default} or {@code ideal}
   */
  public static NetworkProfile named(String network, Cni cni) {
    return switch (network) {
      case "default" -> defaults(cni);
      case "ideal" -> ideal(cni);
      default ->
          throw new IllegalArgumentException(
              "network must be 'default' or 'ideal': '" + network + "'");
    };
  }

  /** One traversal of {@code hop}, one way. */
  public Distribution hop(Hop hop) {
    return hops.get(hop);
  }

  /** One traversal of a {@code kind} load balancer on the way to the cluster. */
  public Distribution loadBalancer(LoadBalancerKind kind) {
    return loadBalancerLatency.get(kind);
  }

  /** One traversal on the way back: none when responses bypass the LB (direct server return). */
  public Distribution loadBalancerReturn(LoadBalancerKind kind) {
    return kind.directServerReturn() ? NO_DELAY : loadBalancerLatency.get(kind);
  }

  /**
   * This profile with one hop replaced ({@code cluster.hops.*}).
   *
   * @throws IllegalArgumentException for {@code encapsulation} unless the CNI is an overlay
   */
  public NetworkProfile withHop(Hop hop, Distribution latency) {
    if (hop == Hop.ENCAPSULATION && cni != Cni.OVERLAY) {
      throw new IllegalArgumentException(
          "hops.encapsulation applies only to cni: overlay, but the cni is "
              + cni.name().toLowerCase(Locale.ROOT));
    }
    return new NetworkProfile(
        name,
        cni,
        hops.with(hop, latency),
        bandwidth,
        loadBalancerLatency,
        kubeProxy,
        connections,
        controller);
  }

  /**
   * This profile with the link capacities that {@code capacities} sets ({@code cluster.bandwidth});
   * a capacity it leaves out keeps the profile's.
   */
  public NetworkProfile withBandwidth(Bandwidths capacities) {
    Bandwidths merged = new Bandwidths(capacities.node().or(bandwidth::node),
        capacities.flow().or(bandwidth::flow));
    return new NetworkProfile(
        name, cni, hops, merged, loadBalancerLatency, kubeProxy, connections, controller);
  }

  /** This profile with one load balancer kind's latency replaced ({@code loadBalancer.latency}). */
  public NetworkProfile withLoadBalancerLatency(LoadBalancerKind kind, Distribution latency) {
    Map<LoadBalancerKind, Distribution> lbs = new EnumMap<>(loadBalancerLatency);
    lbs.put(kind, Objects.requireNonNull(latency, "latency"));
    return new NetworkProfile(name, cni, hops, bandwidth, lbs, kubeProxy, connections, controller);
  }

  /** This profile with other controller defaults ({@code controller.processingTime}, …). */
  public NetworkProfile withController(ControllerDefaults defaults) {
    return new NetworkProfile(
        name, cni, hops, bandwidth, loadBalancerLatency, kubeProxy, connections, defaults);
  }
}
