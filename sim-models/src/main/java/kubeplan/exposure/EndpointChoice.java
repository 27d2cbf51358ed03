package kubeplan.exposure;

import kubeplan.queueing.Request;
import kubeplan.queueing.Station;
import kubeplan.routing.IpvsScheduler;
import kubeplan.routing.KubeProxyMode;

/**
 * kube-proxy's endpoint for a new connection: uniformly at random (iptables, nftables, eBPF), or
 * by the IPVS scheduler, whose state is per Service and per node.
 */
final class EndpointChoice {
  private final RequestAttributes at;
  private final Connections connections;
  private final boolean ipvs;
  private final IpvsScheduler scheduler;
  private final Station[] pods;
  private final Station[] controllers;
  private final int[] controllerOfPod;
  /** Per Service (the instances, then the controller's) and node, IPVS rr's next endpoint. */
  private final int[][] ipvsNext;

  /**
   * @param pods the pods' stations, null for the controller's pods
   * @param controllers the ingress controllers' stations
   * @param controllerOfPod per pod of the controller, which controller station it is
   */
  EndpointChoice(ExposurePlan plan, RequestAttributes at, Connections connections,
      Station[] pods, Station[] controllers, int[] controllerOfPod) {
    this.at = at;
    this.connections = connections;
    this.ipvs = plan.scenario.cluster().kubeProxy() == KubeProxyMode.IPVS;
    this.scheduler = plan.scenario.cluster().ipvsScheduler();
    this.pods = pods;
    this.controllers = controllers;
    this.controllerOfPod = controllerOfPod;
    this.ipvsNext = new int[plan.instances.size() + 1][plan.nodes.size()];
  }

  /**
   * The endpoint for a new connection on {@code node} to Service {@code service} (an instance, or
   * the controller's after the instances) among {@code endpoints}.
   */
  int choose(Request request, int service, int node, int[] endpoints) {
    if (!ipvs) {
      return endpoints[UniformIndex.of(request.attribute(at.endpointUniform), endpoints.length)];
    }
    return switch (scheduler) {
      case RR -> endpoints[ipvsNext[service][node]++ % endpoints.length];
      case LC -> leastLoaded(endpoints);
      case SH -> connections.client(request) < 0
          ? endpoints[UniformIndex.of(request.attribute(at.endpointUniform), endpoints.length)]
          : endpoints[connections.client(request) % endpoints.length];
    };
  }

  private int leastLoaded(int[] endpoints) {
    int best = endpoints[0];
    for (int pod : endpoints) {
      if (load(pod) < load(best)) {
        best = pod;
      }
    }
    return best;
  }

  private int load(int pod) {
    return pods[pod] != null ? pods[pod].inFlight() : controllers[controllerOfPod[pod]].inFlight();
  }
}
