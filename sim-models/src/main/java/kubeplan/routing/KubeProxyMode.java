package kubeplan.routing;

/** How kube-proxy implements Services on a node, which decides its cost and its endpoint choice. */
public enum KubeProxyMode {
  /**
   * The default: a chain of rules per Service, matched linearly; a random endpoint per connection.
   */
  IPTABLES,
  /** IPVS virtual servers; each node's kube-proxy schedules by its {@link IpvsScheduler}. */
  IPVS,
  /** nftables verdict maps, near-constant cost; a random endpoint per connection. */
  NFTABLES,
  /**
   * An eBPF replacement (e.g. Cilium); socket-level balancing, a random endpoint per connection.
   */
  EBPF;

  /**
   * Whether each node keeps its own scheduling state (IPVS) rather than picking an endpoint
   * uniformly: the modes that pick uniformly differ only in their first-packet cost.
   */
  public boolean schedulesPerNode() {
    return this == IPVS;
  }
}
