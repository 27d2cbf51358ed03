package kubeplan.network;

import java.util.Objects;
import kubeplan.random.Distribution;
import kubeplan.routing.KubeProxyMode;

/**
 * What kube-proxy adds, in seconds: on the first packet of each new connection, by mode, and on
 * every later packet.
 *
 * @param iptables the first-packet cost of iptables mode, growing with the Services in the cluster
 * @param ipvs the first-packet cost of IPVS mode
 * @param nftables the first-packet cost of nftables mode
 * @param ebpf the first-packet cost of an eBPF replacement
 * @param perPacket what every packet of an established connection pays, in any mode
 */
public record KubeProxyCosts(
    ServiceCountScaling iptables,
    Distribution ipvs,
    Distribution nftables,
    Distribution ebpf,
    Distribution perPacket) {
  public KubeProxyCosts {
    Objects.requireNonNull(iptables, "iptables");
    Objects.requireNonNull(ipvs, "ipvs");
    Objects.requireNonNull(nftables, "nftables");
    Objects.requireNonNull(ebpf, "ebpf");
    Objects.requireNonNull(perPacket, "perPacket");
  }

  /** The first-packet cost of a new connection under {@code mode} with that many Services. */
  public Distribution newConnection(KubeProxyMode mode, int totalServices) {
    return switch (mode) {
      case IPTABLES -> iptables.at(totalServices);
      case IPVS -> ipvs;
      case NFTABLES -> nftables;
      case EBPF -> ebpf;
    };
  }
}
