package kubeplan.exposure;

/** How a request from outside reaches the first pod it visits, by exposure and its settings. */
enum Entry {
  /** Cloud LB to a node's NodePort, then kube-proxy to an endpoint. */
  LOAD_BALANCER_INSTANCE,
  /** Cloud LB straight to pod IPs: no node hop, no kube-proxy. */
  LOAD_BALANCER_IP,
  /** The client addresses a node's NodePort, then kube-proxy to an endpoint. */
  NODE_PORT,
  /** Cloud L4 LB to the controller Service, kube-proxy to a controller pod, then to the backend. */
  INGRESS_CONTROLLER,
  /** An L7 cloud LB is the Ingress: rules evaluated in the LB, straight to pod IPs. */
  INGRESS_CLOUD
}
