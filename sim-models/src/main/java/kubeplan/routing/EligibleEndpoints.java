package kubeplan.routing;

import java.util.List;
import kubeplan.cluster.Node;
import kubeplan.cluster.Pod;
import kubeplan.cluster.Topology;

/**
 * The endpoints kube-proxy on a node may send a new connection to, by the Service's traffic
 * policies and traffic distribution.
 */
public final class EligibleEndpoints {
  /*
   * kube-proxy splits a Service's ready endpoints into "cluster" endpoints (all of them, narrowed
   * to the node's zone by trafficDistribution: PreferClose when that zone has any, else all) and
   * "local" endpoints (those on this node) [1]. External traffic (NodePort, LoadBalancer) uses the
   * local set under externalTrafficPolicy: Local and the cluster set otherwise [2]; traffic from
   * pods to the ClusterIP does the same by internalTrafficPolicy [3]. An empty local set drops the
   * traffic: the connection gets no answer. All endpoints are taken as ready (no terminating ones).
   * Ingress controllers do not go through here: they send to the Service's pods directly.
   * [1] pkg/proxy/topology.go CategorizeEndpoints,
   *     https://kubernetes.io/docs/reference/networking/virtual-ips/#traffic-distribution
   * [2] https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/
   * [3] https://kubernetes.io/docs/concepts/services-networking/service-traffic-policy/
   */

  private EligibleEndpoints() {}

  /**
   * For a connection from outside that arrived at {@code entry} (NodePort or LB instance target).
   */
  public static List<Pod> external(
      Topology topology, String service, ServicePolicy policy, Node entry) {
    return eligible(topology, service, policy.externalTrafficPolicy(), policy, entry);
  }

  /** For a connection from a pod on {@code caller} to the Service's ClusterIP. */
  public static List<Pod> internal(
      Topology topology, String service, ServicePolicy policy, Node caller) {
    return eligible(topology, service, policy.internalTrafficPolicy(), policy, caller);
  }

  private static List<Pod> eligible(
      Topology topology,
      String service,
      TrafficPolicy trafficPolicy,
      ServicePolicy policy,
      Node node) {
    List<Pod> all = topology.endpoints(service);
    if (trafficPolicy == TrafficPolicy.LOCAL) {
      return all.stream().filter(pod -> pod.node().equals(node)).toList();
    }
    if (policy.trafficDistribution() == TrafficDistribution.PREFER_CLOSE) {
      List<Pod> sameZone = all.stream().filter(pod -> pod.zone().equals(node.zone())).toList();
      if (!sameZone.isEmpty()) {
        return sameZone;
      }
    }
    return all;
  }
}
