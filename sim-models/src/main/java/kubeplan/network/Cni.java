package kubeplan.network;

/** The container network plugin's datapath between nodes ({@code cluster.cni}). */
public enum Cni {
  /** A Linux bridge per node and routes between nodes (kubenet style): no encapsulation. */
  BRIDGE,
  /** Pod traffic encapsulated in VXLAN between nodes (Flannel, Calico VXLAN, Cilium tunnel). */
  OVERLAY,
  /** Pod addresses routed natively (cloud VPC CNIs, Calico BGP): no encapsulation. */
  ROUTED,
  /** An eBPF datapath with native routing (Cilium, Calico eBPF): shorter per-packet path. */
  EBPF
}
