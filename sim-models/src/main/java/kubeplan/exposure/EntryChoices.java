package kubeplan.exposure;

import kubeplan.queueing.Balancer;
import kubeplan.queueing.Request;
import kubeplan.queueing.Station;
import kubeplan.random.RandomStream;
import kubeplan.scenario.ControllerSpec;
import kubeplan.scenario.ExposureSpec;

/**
 * How a request from outside finds its first pod: the load balancer zone and the node or pod it
 * sends to, the node a NodePort client addresses, kube-proxy's endpoint on the entry node (a pod,
 * or an ingress controller pod) and the controller's backend pod. A keep-alive client's
 * connection keeps its first zone, node and endpoint.
 */
final class EntryChoices {
  /** What {@link #zone} and {@link #endpoint} return when there is nothing to choose from. */
  static final int NONE = -1;

  private final ExposurePlan plan;
  private final RequestAttributes at;
  private final Connections connections;
  private final EndpointChoice endpointChoice;
  private final boolean throughController;
  private final ExposureSpec.ClientNodeSelection nodeSelection;
  /** Per controller and Service instance, how the controller picks a backend pod. */
  private final Balancer[][] backendChoice;
  private int nodeRoundRobin;

  EntryChoices(ExposurePlan plan, RequestAttributes at, Connections connections,
      EndpointChoice endpointChoice, Station[] pods, RandomStream controllerStream) {
    this.plan = plan;
    this.at = at;
    this.connections = connections;
    this.endpointChoice = endpointChoice;
    this.throughController = plan.entry == Entry.INGRESS_CONTROLLER;
    this.nodeSelection = plan.exposure.clientNodeSelection();
    backendChoice = new Balancer[plan.controllers.length][plan.instances.size()];
    for (int c = 0; c < plan.controllers.length; c++) {
      for (int i = 0; i < plan.instances.size(); i++) {
        backendChoice[c][i] = backendBalancer(
            plan.exposure.controller().orElseThrow().balancing(), plan.endpoints[i], pods,
            controllerStream);
      }
    }
  }

  /**
   * The node a NodePort client addresses on {@code connection}, by {@code clientNodeSelection}. A
   * keep-alive connection keeps its node, and only a new connection chooses one, so round robin
   * moves on per connection, as a client's address list does.
   */
  int nodePortNode(Request request, int connection) {
    int kept = connections.pinned(request, connection, 0);
    return kept >= 0 ? kept : connections.pin(request, connection, 0, chooseNodePortNode(request));
  }

  /** The zone whose load balancer node takes a request to {@code instance}, or {@link #NONE}. */
  int zone(Request request, int connection, int instance) {
    int[] zones = plan.entryZones[target(instance)];
    if (zones.length == 0) {
      return NONE;
    }
    return connections.pinnedOr(request, connection, 0,
        zones[UniformIndex.of(request.attribute(at.entryUniform), zones.length)]);
  }

  /** The pod an ip-target load balancer node in {@code zone} sends a request to. */
  int targetPod(Request request, int connection, int instance, int zone) {
    int[] pods = plan.entryTargets[target(instance)][zone];
    int pod = pods[UniformIndex.of(request.attribute(at.endpointUniform), pods.length)];
    return plan.entry == Entry.INGRESS_CLOUD ? pod : connections.pinnedOr(request, connection, 1,
        pod);
  }

  /** The node an instance-target load balancer node in {@code zone} sends a request to. */
  int entryNode(Request request, int connection, int instance, int zone) {
    int[] nodes = plan.entryTargets[target(instance)][zone];
    return connections.pinnedOr(request, connection, 1,
        nodes[UniformIndex.of(request.attribute(at.nodeUniform), nodes.length)]);
  }

  /**
   * kube-proxy's endpoint on entry node {@code node} — a pod of {@code instance}, or an ingress
   * controller pod — or {@link #NONE} when the node has no eligible endpoint. The scheduler runs
   * for a new connection only: a keep-alive connection's later requests follow the endpoint it
   * keeps, as IPVS's connection table sends a connection's later packets.
   */
  int endpoint(Request request, int connection, int instance, int node) {
    int[] endpoints = plan.proxyEndpoints[target(instance)][node];
    if (endpoints.length == 0) {
      return NONE;
    }
    int service = throughController ? plan.instances.size() : instance;
    int endpoint = connections.pinned(request, connection, 2);
    if (endpoint < 0) {
      endpoint = connections.pin(request, connection, 2,
          endpointChoice.external(request, service, node, endpoints));
    }
    endpointChoice.entered(service, node, endpoint);
    return endpoint;
  }

  /** The pod of {@code instance} that ingress controller {@code controller} sends a request to. */
  int backend(Request request, int controller, int instance) {
    int[] endpoints = plan.endpoints[instance];
    Balancer balancer = backendChoice[controller][instance];
    return endpoints[balancer == null
        ? UniformIndex.of(request.attribute(at.backendUniform), endpoints.length)
        : balancer.choose(request)];
  }

  /** What the load balancer and kube-proxy route to: the instance, or the controller (0). */
  private int target(int instance) {
    return throughController ? 0 : instance;
  }

  private int chooseNodePortNode(Request request) {
    int nodes = plan.nodes.size();
    return switch (nodeSelection) {
      case RANDOM -> UniformIndex.of(request.attribute(at.nodeUniform), nodes);
      case ROUND_ROBIN -> nodeRoundRobin++ % nodes;
      case SINGLE -> 0;
    };
  }

  /**
   * How a controller picks among a Service's pods: ingress-nginx's round robin per upstream, a
   * uniform choice (null: the request's own uniform), least connections, or its Peak-EWMA
   * (modelled as the power of two choices on requests in flight, the choice rule Peak-EWMA uses,
   * without the latency average).
   */
  private static Balancer backendBalancer(ControllerSpec.Balancing balancing, int[] endpoints,
      Station[] pods, RandomStream stream) {
    return switch (balancing) {
      case ROUND_ROBIN -> Balancer.roundRobin(endpoints.length);
      case RANDOM -> null;
      case LEAST_CONNECTIONS -> Balancer.leastConnections(endpoints.length,
          i -> pods[endpoints[i]].inFlight(), stream);
      case EWMA -> Balancer.powerOfTwoChoices(endpoints.length,
          i -> pods[endpoints[i]].inFlight(), stream);
    };
  }
}
