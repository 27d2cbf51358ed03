package kubeplan.exposure;

import kubeplan.queueing.Request;
import kubeplan.random.Distribution;
import kubeplan.random.RandomStream;
import kubeplan.results.Hop;
import kubeplan.scenario.ExposureSpec;

/**
 * The network traversals of one exposure's requests: each samples its hop's one-way time from the
 * network stream, books it to the request's per-hop time and counts the traffic that is billed.
 */
final class NetworkHops {
  private final Latencies latencies;
  /** The load balancer's one-way latency; null for NodePort, which has none. */
  private final Distribution loadBalancerLatency;
  private final RandomStream networkStream;
  private final Traffic traffic;
  private final RequestAttributes at;
  private final int[] nodeZone;
  private final boolean tls;
  /**
   * The request attribute that holds the work of the station where TLS terminates (an ingress
   * controller's or the pod's), to which a handshake's CPU is added; -1 where a load balancer
   * terminates TLS, which has no capacity limit, so the handshake is a delay there.
   */
  private final int tlsWork;

  NetworkHops(ExposurePlan plan, RandomStream networkStream, Traffic traffic,
      RequestAttributes at) {
    this.latencies = plan.latencies;
    this.loadBalancerLatency = latencies.loadBalancer().orElse(null);
    this.networkStream = networkStream;
    this.traffic = traffic;
    this.at = at;
    this.nodeZone = plan.nodeZone;
    this.tls = plan.exposure.tlsTermination() != ExposureSpec.TlsTermination.NONE;
    this.tlsWork = switch (plan.exposure.tlsTermination()) {
      case INGRESS -> plan.entry == Entry.INGRESS_CONTROLLER ? at.controllerTime : -1;
      case POD -> at.demand;
      case NONE, LOAD_BALANCER -> -1;
    };
  }

  /** Samples one traversal of {@code hop} and books it to the request. */
  double hop(Request request, Hop hop, Distribution latency) {
    double seconds = latency.sample(networkStream);
    book(request, hop, seconds);
    return seconds;
  }

  /** A pod to its node, or back. */
  double veth(Request request) {
    return hop(request, Hop.VETH, latencies.veth());
  }

  /** The client to the cluster's edge, or back. */
  double internet(Request request) {
    return hop(request, Hop.INTERNET, latencies.internet());
  }

  /** kube-proxy on {@code node} forwards the request's packets. */
  double kubeProxy(Request request, int node) {
    if (request.measured()) {
      traffic.proxiedRequests[node]++;
    }
    return hop(request, Hop.KUBE_PROXY, latencies.kubeProxyPerPacket());
  }

  /** kube-proxy's extra work on the first packet of a new connection. */
  double kubeProxyNewConnection(Request request) {
    return hop(request, Hop.KUBE_PROXY, latencies.kubeProxyNewConnection());
  }

  /** One traversal of the exposure's cloud load balancer, if it has one. */
  double loadBalancer(Request request) {
    return loadBalancerLatency == null ? 0 : hop(request, Hop.LOAD_BALANCER, loadBalancerLatency);
  }

  /** Books time to {@code hop}, or to {@code calls} while the request is inside a call. */
  void book(Request request, Hop hop, double seconds) {
    Hop booked = request.intAttribute(at.depth) > 0 ? Hop.CALLS : hop;
    request.addHopTime(booked.ordinal(), seconds);
  }

  /** From node {@code from} to node {@code to}: same zone or not, plus the overlay's cost. */
  double crossNodes(Request request, int from, int to, double bytes) {
    double delay;
    if (nodeZone[from] == nodeZone[to]) {
      delay = hop(request, Hop.CROSS_NODE, latencies.crossNode());
    } else {
      delay = crossZone(request, bytes);
    }
    if (latencies.encapsulation().isPresent()) {
      delay += hop(request, Hop.ENCAPSULATION, latencies.encapsulation().get());
    }
    return delay;
  }

  /** Into another zone with {@code bytes}, counted as request or response transfer by stage. */
  double crossZone(Request request, double bytes) {
    if (request.measured()) {
      if (request.intAttribute(at.stage) >= Stage.RESPONSE_TO_CONTROLLER) {
        traffic.crossZoneResponseBytes += bytes;
      } else {
        traffic.crossZoneRequestBytes += bytes;
      }
    }
    return hop(request, Hop.CROSS_ZONE, latencies.crossZone());
  }

  /**
   * TCP set-up (one round trip of the path plus socket work), and the TLS handshake: CPU of the
   * ingress controller or pod that terminates it, where it waits for a worker like other work, or
   * a delay where a load balancer terminates it.
   */
  double setUp(Request request) {
    if (request.measured()) {
      traffic.newConnections++;
    }
    double seconds = 2 * latencies.internet().sample(networkStream)
        + latencies.connectionSetup().sample(networkStream);
    if (tls) {
      double handshake = latencies.tlsHandshake().sample(networkStream);
      if (tlsWork < 0) {
        seconds += handshake;
      } else {
        request.setAttribute(tlsWork, request.attribute(tlsWork) + handshake);
      }
    }
    request.addHopTime(Hop.CONNECTION_SETUP.ordinal(), seconds);
    return seconds;
  }

  /** The request passes load balancer {@code lb}: its requests, bytes and new connections. */
  void countLoadBalancer(Request request, int lb, boolean newConnection) {
    if (request.measured()) {
      traffic.lbRequests[lb]++;
      traffic.lbBytesIn[lb] += request.attribute(at.requestSize);
      if (latencies.loadBalancerOnReturn()) {
        traffic.lbBytesOut[lb] += request.attribute(at.responseSize);
      }
      if (newConnection) {
        traffic.lbNewConnections[lb]++;
      }
    }
  }
}
