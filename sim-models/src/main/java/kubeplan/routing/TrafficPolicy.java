package kubeplan.routing;

/**
 * A Service's {@code externalTrafficPolicy} or {@code internalTrafficPolicy}: may kube-proxy send
 * traffic that reached a node to endpoints on other nodes?
 */
public enum TrafficPolicy {
  /** Any ready endpoint in the cluster (the default). */
  CLUSTER,
  /** Only endpoints on the node the traffic is on; none there means the traffic is dropped. */
  LOCAL
}
