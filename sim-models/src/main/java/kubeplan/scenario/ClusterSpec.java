package kubeplan.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The cluster every exposure runs on: where it is, its nodes, and how its network moves packets.
 *
 * @param provider the cloud, which picks the price catalogue and the load-balancer profile
 * @param region the provider's region, used to pick the price catalogue
 * @param zones how many availability zones, named {@code a}, {@code b}, {@code c}, … (default 3)
 * @param nodes how many nodes and of which instance type
 * @param cni how pods reach each other (default {@link Cni#ROUTED})
 * @param kubeProxy how Services are routed on each node (default {@link KubeProxyMode#IPTABLES})
 * @param ipvsScheduler the endpoint choice of {@link KubeProxyMode#IPVS} (default round robin)
 * @param totalServices Services in the whole cluster, which drives kube-proxy's cost (default: the
 *     Services of this file, copies counted)
 * @param network {@link NetworkProfile#IDEAL} zeroes every default of the profile
 * @param hops explicit per-hop delays that replace the profile's
 * @param bandwidth explicit NIC and per-connection caps that replace the profile's
 */
public record ClusterSpec(
    Provider provider,
    String region,
    int zones,
    NodePool nodes,
    Cni cni,
    KubeProxyMode kubeProxy,
    IpvsScheduler ipvsScheduler,
    int totalServices,
    NetworkProfile network,
    HopOverrides hops,
    BandwidthLimits bandwidth) {

  public ClusterSpec {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(region, "region");
    if (zones < 1 || zones > 26) {
      throw new IllegalArgumentException("zones must be in 1..26: " + zones);
    }
    Objects.requireNonNull(nodes, "nodes");
    Objects.requireNonNull(cni, "cni");
    Objects.requireNonNull(kubeProxy, "kubeProxy");
    Objects.requireNonNull(ipvsScheduler, "ipvsScheduler");
    if (totalServices < 1) {
      throw new IllegalArgumentException("totalServices must be >= 1: " + totalServices);
    }
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(hops, "hops");
    Objects.requireNonNull(bandwidth, "bandwidth");
  }

  /** The zone names in order: {@code a}, {@code b}, … one per zone. */
  public List<String> zoneNames() {
    List<String> names = new ArrayList<>(zones);
    for (int i = 0; i < zones; i++) {
      names.add(zoneName(i));
    }
    return List.copyOf(names);
  }

  /** The name of the zone with 0-based index {@code index}: {@code a} for 0, {@code b} for 1. */
  public static String zoneName(int index) {
    return String.valueOf((char) ('a' + index));
  }

  /** The cloud a cluster runs in; {@link #CUSTOM} has no built-in prices or profile. */
  public enum Provider {
    AWS,
    GCP,
    AZURE,
    CUSTOM
  }

  /** How pods on different nodes reach each other. */
  public enum Cni {
    /** A Linux bridge per node, pods on one L2 segment (docker0-like). */
    BRIDGE,
    /** VXLAN encapsulation between nodes (Flannel VXLAN, Calico VXLAN, Cilium tunnel). */
    OVERLAY,
    /** Pod addresses routed natively (Calico BGP, cloud VPC CNIs). */
    ROUTED,
    /** eBPF data path (Cilium native routing, Calico eBPF). */
    EBPF
  }

  /** kube-proxy's data-plane mode, which sets the cost and the endpoint choice of a Service hop. */
  public enum KubeProxyMode {
    IPTABLES,
    IPVS,
    NFTABLES,
    EBPF
  }

  /** The endpoint scheduler of kube-proxy's IPVS mode. */
  public enum IpvsScheduler {
    /** Round robin. */
    RR,
    /** Least connections. */
    LC,
    /** Source hashing. */
    SH
  }

  /** The defaults of the network: measured cloud figures, or all zero to leave pure queueing. */
  public enum NetworkProfile {
    DEFAULT,
    IDEAL
  }
}
