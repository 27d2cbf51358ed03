package kubeplan.exposure;

/**
 * The usage one replication's measured requests made of what is billed: load balancer requests,
 * bytes and connections, bytes between zones and to the internet.
 */
public final class Traffic {
  /** Per load balancer (one per Service for LoadBalancer, one shared for Ingress). */
  final long[] lbRequests;
  final double[] lbBytesIn;
  final double[] lbBytesOut;
  final long[] lbNewConnections;
  /** Per load balancer, the summed seconds its measured requests were in flight through it. */
  final double[] lbConnectionSeconds;
  double crossZoneRequestBytes;
  double crossZoneResponseBytes;
  double internetEgressBytes;
  /** Per node, the requests and calls its kube-proxy forwarded. */
  final long[] proxiedRequests;
  long newConnections;

  Traffic(int loadBalancers, int nodes) {
    proxiedRequests = new long[nodes];
    lbRequests = new long[loadBalancers];
    lbBytesIn = new double[loadBalancers];
    lbBytesOut = new double[loadBalancers];
    lbNewConnections = new long[loadBalancers];
    lbConnectionSeconds = new double[loadBalancers];
  }
}
