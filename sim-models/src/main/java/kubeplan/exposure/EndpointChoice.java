package kubeplan.exposure;

import kubeplan.queueing.Request;
import kubeplan.routing.IpvsScheduler;
import kubeplan.routing.KubeProxyMode;

/**
 * kube-proxy's endpoint for a new connection: uniformly at random (iptables, nftables, eBPF), or
 * by the IPVS scheduler, whose state is per node and virtual service.
 */
final class EndpointChoice {
  /*
   * Each node's IPVS keeps its scheduler's state per virtual service of its own table: rr's
   * position (the kernel's ip_vs_rr), lc's connection counts (ip_vs_lc). kube-proxy gives a
   * Service one virtual service for traffic from outside (its NodePort or load balancer address)
   * and another for its ClusterIP, so the state is kept per virtual service and node: virtual
   * service s < instances + 1 is an instance's (or, at `instances`, the controller's) external
   * one, instances + 1 + i instance i's ClusterIP. The scheduler runs once per new connection. An
   * lc count rises when the node sends a request to the endpoint and falls when that request ends
   * (a call: when its answer is back at its caller). The node and endpoint are read back from the
   * request's own attributes: its entry node and first pod or controller, its stack of (pod,
   * instance).
   */
  private final RequestAttributes at;
  private final Connections connections;
  private final boolean ipvs;
  private final IpvsScheduler scheduler;
  private final boolean leastConnections;
  private final boolean throughController;
  private final int instances;
  private final int[] podNode;
  private final int[] controllers;
  /** Under rr, per virtual service and node, the place of the next endpoint in the node's list. */
  private final int[][] ipvsNext;
  /** Per pod, its place among its Service's pods or the controller's: its index in a count. */
  private final int[] slot;
  /** Under lc, per virtual service and node, the requests in flight per endpoint (by slot). */
  private final int[][][] inFlight;

  EndpointChoice(ExposurePlan plan, RequestAttributes at, Connections connections) {
    this.at = at;
    this.connections = connections;
    this.ipvs = plan.scenario.cluster().kubeProxy() == KubeProxyMode.IPVS;
    this.scheduler = plan.scenario.cluster().ipvsScheduler();
    this.leastConnections = ipvs && scheduler == IpvsScheduler.LC;
    this.throughController = plan.entry == Entry.INGRESS_CONTROLLER;
    this.instances = plan.instances.size();
    this.podNode = plan.podNode;
    this.controllers = plan.controllers;
    this.ipvsNext = ipvs && scheduler == IpvsScheduler.RR
        ? new int[2 * instances + 1][plan.nodes.size()] : new int[0][];
    this.slot = slots(plan);
    this.inFlight = leastConnections ? counts(plan) : new int[0][][];
  }

  /**
   * The endpoint for a new connection from outside on {@code node} to Service {@code service} (an
   * instance, or the controller's after the instances) among {@code endpoints}. A keep-alive
   * connection's later requests keep its endpoint without choosing again: {@link #entered} counts
   * each request, on a new connection or not.
   */
  int external(Request request, int service, int node, int[] endpoints) {
    return choose(request, service, node, endpoints);
  }

  /**
   * The endpoint for a call to instance {@code callee} from a pod on {@code node}, counted: each
   * call is a new connection to the callee's ClusterIP.
   */
  int internal(Request request, int callee, int node, int[] endpoints) {
    int pod = choose(request, instances + 1 + callee, node, endpoints);
    if (leastConnections) {
      inFlight[instances + 1 + callee][node][slot[pod]]++;
    }
    return pod;
  }

  /**
   * kube-proxy on {@code node} sends a request from outside to {@code endpoint} of Service {@code
   * service}: the endpoint it chose, or the one the request's keep-alive connection keeps.
   */
  void entered(int service, int node, int endpoint) {
    if (leastConnections) {
      inFlight[service][node][slot[endpoint]]++;
    }
  }

  /** The answer to the call at the request's depth is back at its caller. */
  void answered(Request request) {
    if (leastConnections) {
      closeCall(request, request.intAttribute(at.depth));
    }
  }

  /**
   * The request has ended — completed, or failed after its entry node's kube-proxy sent it on —
   * with the calls still open at its depth: every count it holds falls.
   */
  void ended(Request request) {
    if (!leastConnections) {
      return;
    }
    for (int d = request.intAttribute(at.depth); d > 0; d--) {
      closeCall(request, d);
    }
    int node = request.intAttribute(at.entryNode);
    if (node < 0) {
      return;
    }
    if (throughController) {
      inFlight[instances][node][slot[controllers[request.intAttribute(at.controller)]]]--;
    } else {
      int first = request.intAttribute(at.podAt[0]);
      inFlight[request.intAttribute(at.instance)][node][slot[first]]--;
    }
  }

  private void closeCall(Request request, int depth) {
    int callerNode = podNode[request.intAttribute(at.podAt[depth - 1])];
    int callee = request.intAttribute(at.instanceAt[depth]);
    int pod = request.intAttribute(at.podAt[depth]);
    inFlight[instances + 1 + callee][callerNode][slot[pod]]--;
  }

  private int choose(Request request, int virtualService, int node, int[] endpoints) {
    if (!ipvs) {
      return endpoints[UniformIndex.of(request.attribute(at.endpointUniform), endpoints.length)];
    }
    return switch (scheduler) {
      case RR -> nextInTurn(ipvsNext[virtualService], node, endpoints);
      case LC -> leastLoaded(inFlight[virtualService][node], endpoints);
      case SH -> connections.client(request) < 0
          ? endpoints[UniformIndex.of(request.attribute(at.endpointUniform), endpoints.length)]
          : endpoints[connections.client(request) % endpoints.length];
    };
  }

  /**
   * The endpoint at the node's position in its list, the position moving on by one, back to the
   * first after the last: the node's list of a virtual service never changes during a run.
   */
  private static int nextInTurn(int[] next, int node, int[] endpoints) {
    int place = next[node];
    next[node] = place + 1 == endpoints.length ? 0 : place + 1;
    return endpoints[place];
  }

  /** The endpoint with the fewest requests in flight from this node, the first among equals. */
  private int leastLoaded(int[] counts, int[] endpoints) {
    int best = endpoints[0];
    for (int pod : endpoints) {
      if (counts[slot[pod]] < counts[slot[best]]) {
        best = pod;
      }
    }
    return best;
  }

  private static int[] slots(ExposurePlan plan) {
    int[] slot = new int[plan.pods.size()];
    for (int[] pods : plan.endpoints) {
      for (int s = 0; s < pods.length; s++) {
        slot[pods[s]] = s;
      }
    }
    for (int s = 0; s < plan.controllers.length; s++) {
      slot[plan.controllers[s]] = s;
    }
    return slot;
  }

  /**
   * A count per endpoint for each virtual service and node that has endpoints to choose from, and
   * none where kube-proxy never schedules: external virtual services of an exposure that skips
   * kube-proxy, nodes without eligible endpoints.
   */
  private static int[][][] counts(ExposurePlan plan) {
    int instances = plan.instances.size();
    int nodes = plan.nodes.size();
    int[][][] counts = new int[2 * instances + 1][nodes][0];
    boolean controller = plan.entry == Entry.INGRESS_CONTROLLER;
    boolean throughProxy = controller || plan.entry == Entry.NODE_PORT
        || plan.entry == Entry.LOAD_BALANCER_INSTANCE;
    for (int t = 0; throughProxy && t < plan.proxyEndpoints.length; t++) {
      int size = controller ? plan.controllers.length : plan.endpoints[t].length;
      for (int n = 0; n < nodes; n++) {
        if (plan.proxyEndpoints[t][n].length > 0) {
          counts[controller ? instances : t][n] = new int[size];
        }
      }
    }
    for (int i = 0; i < instances; i++) {
      for (int n = 0; n < nodes; n++) {
        if (plan.calls.internalEndpoints[i][n].length > 0) {
          counts[instances + 1 + i][n] = new int[plan.endpoints[i].length];
        }
      }
    }
    return counts;
  }
}
