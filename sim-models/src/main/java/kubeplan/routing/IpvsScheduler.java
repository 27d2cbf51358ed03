package kubeplan.routing;

/** The IPVS scheduling algorithm of a node's kube-proxy ({@code ipvsScheduler}). */
public enum IpvsScheduler {
  /** Round robin: endpoints in turn (the default). */
  RR,
  /** Least connection: the endpoint with the fewest active connections from this node. */
  LC,
  /** Source hashing: the endpoint picked by a hash of the client address. */
  SH
}
