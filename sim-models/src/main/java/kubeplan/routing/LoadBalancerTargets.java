package kubeplan.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import kubeplan.cluster.Node;
import kubeplan.cluster.Pod;
import kubeplan.cluster.Topology;
import kubeplan.cluster.Zone;

/**
 * What a cloud load balancer's node in each zone may send a connection to: nodes (instance targets,
 * then kube-proxy) or pods (ip targets).
 *
 * @param byZone indexed by {@link Zone#index()}: the targets reachable from the LB node in that
 *     zone; empty when that zone's LB node takes no traffic
 * @param <T> {@link Node} or {@link Pod}
 */
public record LoadBalancerTargets<T>(List<List<T>> byZone) {
  /*
   * Instance targets: every node is registered; under externalTrafficPolicy: Local only nodes
   * with a ready endpoint pass the health check on healthCheckNodePort, the others leave the pool
   * [1]. Ip targets register the pods themselves, bypassing nodes and kube-proxy, whatever the
   * traffic policy [2]. With cross-zone load balancing off (the AWS NLB default), each zone's LB
   * node reaches only targets in its own zone, and a zone without healthy targets is left out of
   * the LB's DNS answers, so it takes no traffic [3].
   * [1] https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/
   * [2] https://kubernetes-sigs.github.io/aws-load-balancer-controller/v2.3/guide/service/nlb/
   * [3] https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/how-elastic-load-balancing-works.html
   */

  public LoadBalancerTargets {
    byZone = byZone.stream().map(List::copyOf).toList();
  }

  /** Nodes as targets: all of them, or under {@code Local} those running a pod of the Service. */
  public static LoadBalancerTargets<Node> instances(
      Topology topology, String service, TrafficPolicy externalTrafficPolicy, boolean crossZone) {
    List<Pod> endpoints = topology.endpoints(service);
    List<Node> healthy =
        externalTrafficPolicy == TrafficPolicy.CLUSTER
            ? topology.nodes()
            : topology.nodes().stream()
                .filter(node -> endpoints.stream().anyMatch(pod -> pod.node().equals(node)))
                .toList();
    return reach(topology, healthy, crossZone, Node::zone);
  }

  /** The Service's pods as targets. */
  public static LoadBalancerTargets<Pod> pods(
      Topology topology, String service, boolean crossZone) {
    return reach(topology, topology.endpoints(service), crossZone, Pod::zone);
  }

  /** The targets the LB node in {@code zone} may send to. */
  public List<T> from(Zone zone) {
    return byZone.get(zone.index());
  }

  /** The zones whose LB node takes traffic: those with a reachable target. */
  public List<Zone> entryZones(Topology topology) {
    return topology.zones().stream().filter(zone -> !from(zone).isEmpty()).toList();
  }

  private static <T> LoadBalancerTargets<T> reach(
      Topology topology, List<T> healthy, boolean crossZone, Function<T, Zone> zoneOf) {
    List<List<T>> byZone = new ArrayList<>();
    for (Zone zone : topology.zones()) {
      byZone.add(
          crossZone || healthy.isEmpty()
              ? healthy
              : healthy.stream().filter(target -> zoneOf.apply(target).equals(zone)).toList());
    }
    return new LoadBalancerTargets<>(byZone);
  }
}
