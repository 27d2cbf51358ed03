package kubeplan.exposure;

import java.util.Arrays;
import java.util.OptionalInt;
import kubeplan.queueing.Request;
import kubeplan.scenario.ExposureSpec;
import kubeplan.scenario.WorkloadSpec;

/**
 * The clients' connections: which client sent a request, which of its connections the request
 * travels on, whether it opens that connection, and the choices a keep-alive connection pins (its
 * load balancer zone, entry node and endpoint) for the client's later requests.
 */
final class Connections {
  private static final int SLOTS = 3;

  private final RequestAttributes at;
  private final int instances;
  private final boolean perRequest;
  private final boolean keepAliveClients;
  private final boolean ingress;
  /** Per client, connection and slot, the choice pinned so far, or -1. */
  private final int[] pinned;

  Connections(ExposurePlan plan, RequestAttributes at) {
    this.at = at;
    this.instances = plan.instances.size();
    WorkloadSpec workload = plan.scenario.workload();
    this.perRequest = workload.connections() == WorkloadSpec.ConnectionMode.PER_REQUEST;
    this.keepAliveClients = workload.clients().isPresent();
    this.ingress = plan.exposure.type() == ExposureSpec.ExposureType.INGRESS;
    this.pinned = new int[workload.clients().orElse(0) * instances * SLOTS];
    Arrays.fill(pinned, -1);
  }

  /**
   * Whether this request opens a connection: every request with {@code perRequest}; with N
   * keep-alive clients only a client's first request on {@code connection}; never with {@code
   * many} clients, which the spec defines as already connected.
   */
  boolean opens(Request request, int connection) {
    if (perRequest) {
      return true;
    }
    return keepAliveClients && pinned[slot(request, connection, 0)] < 0;
  }

  /**
   * Which of a client's connections a request to {@code instance} travels on: its own connection
   * per Service for LoadBalancer and NodePort, one connection to the shared load balancer for every
   * host of an Ingress (which then picks the backend per request).
   */
  int of(int instance) {
    return ingress ? 0 : instance;
  }

  /**
   * With N keep-alive clients a client's connection fixes its load balancer zone, entry node and
   * endpoint ({@code slot} 0, 1, 2): the first choice is kept for later requests.
   */
  int pinnedOr(Request request, int connection, int slot, int choice) {
    int kept = pinned(request, connection, slot);
    return kept >= 0 ? kept : pin(request, connection, slot, choice);
  }

  /**
   * The choice a keep-alive connection keeps in {@code slot}, or -1 when it has none yet or the
   * request's connection keeps nothing (per request, or {@code clients: many}).
   */
  int pinned(Request request, int connection, int slot) {
    return pins(request) ? pinned[slot(request, connection, slot)] : -1;
  }

  /** Fixes {@code choice} in {@code slot} of the request's keep-alive connection; returns it. */
  int pin(Request request, int connection, int slot, int choice) {
    if (pins(request)) {
      pinned[slot(request, connection, slot)] = choice;
    }
    return choice;
  }

  /** Whether the request travels on a keep-alive connection that keeps its choices. */
  private boolean pins(Request request) {
    return pinned.length > 0 && client(request) >= 0 && !perRequest;
  }

  /** The client that sent the request: its closed-workload user, or one of N open clients. */
  int client(Request request) {
    return request.intAttribute(at.client);
  }

  /**
   * The client of N that sent a request: a closed workload's users map onto the N clients; open
   * traffic spreads over them uniformly; -1 with {@code clients: many}.
   */
  static int clientOf(int user, OptionalInt clients, double u) {
    if (clients.isEmpty()) {
      return -1;
    }
    return user >= 0 ? user % clients.getAsInt() : UniformIndex.of(u, clients.getAsInt());
  }

  private int slot(Request request, int connection, int slot) {
    return (client(request) * instances + connection) * SLOTS + slot;
  }
}
