package kubeplan.exposure;

import java.util.function.Consumer;
import kubeplan.queueing.Link;
import kubeplan.queueing.Request;
import kubeplan.queueing.Station;
import kubeplan.scenario.CallSpec;
import kubeplan.scenario.ServiceSpec;

/**
 * The service-to-service calls a request makes once its first pod has done its own work: the walk
 * down the call graph through each callee's ClusterIP and back, with each caller holding its
 * worker until its last call has returned.
 */
final class ServiceCalls {
  /*
   * A pod that calls other Services holds its worker (thread per request) from the start of its
   * own work until its last call has returned. The request itself travels down the chain of calls
   * and back, with a stack of (pod, Service, next call) per depth in its attributes. What a call
   * draws — whether it happens, its callee copy, endpoint, service demand and sizes — comes from a
   * generator seeded per request when the request is created, consumed in the fixed order of the
   * calls, so every exposure sees the same calls whatever their timing.
   */
  private final ExposureModel flow;
  private final CallGraph graph;
  private final int[] podNode;
  private final ServiceInstances instances;
  private final RequestAttributes at;
  private final NetworkHops hops;
  private final EndpointChoice endpointChoice;
  private final Station[] pods;
  private final Link[] links;

  /** A call's response is back at its caller: on to the caller's next call. */
  final Consumer<Request> returned = this::returned;
  private final Consumer<Request> unanswered = this::unanswered;

  ServiceCalls(ExposureModel flow, ExposurePlan plan, RequestAttributes at, NetworkHops hops,
      EndpointChoice endpointChoice, Station[] pods, Link[] links) {
    this.flow = flow;
    this.graph = plan.calls;
    this.podNode = plan.podNode;
    this.instances = plan.instances;
    this.at = at;
    this.hops = hops;
    this.endpointChoice = endpointChoice;
    this.pods = pods;
    this.links = links;
  }

  /**
   * The pod the request is at has done its own work: it makes its calls, then answers its caller
   * or, for the request's first pod, the client.
   */
  void podServed(Request request) {
    if (request.intAttribute(at.depth) == 0) {
      request.setIntAttribute(at.podAt[0], request.intAttribute(at.pod));
      request.setIntAttribute(at.instanceAt[0], request.intAttribute(at.instance));
      request.setIntAttribute(at.callAt[0], 0);
      request.setIntAttribute(at.repeatAt[0], 0);
    }
    nextCall(request);
  }

  /** Frees the workers that callers at depths {@code 0..depth} hold for a request that failed. */
  void releaseCallers(Request request, int depth) {
    for (int d = depth; d >= 0; d--) {
      if (graph.calls(request.intAttribute(at.instanceAt[d]))) {
        pods[request.intAttribute(at.podAt[d])].release(request);
      }
    }
  }

  /** Makes the next call of the pod at the request's depth, or finishes there. */
  private void nextCall(Request request) {
    int depth = request.intAttribute(at.depth);
    int instance = request.intAttribute(at.instanceAt[depth]);
    CallSpec[] calls = graph.calls[instance];
    int call = request.intAttribute(at.callAt[depth]);
    int repeat = request.intAttribute(at.repeatAt[depth]);
    while (call < calls.length) {
      if (repeat == 0 && draw(request) >= calls[call].probability()) {
        call++;
        continue;
      }
      if (repeat < calls[call].count()) {
        request.setIntAttribute(at.callAt[depth], call);
        request.setIntAttribute(at.repeatAt[depth], repeat + 1);
        makeCall(request, depth, graph.callees[instance][call]);
        return;
      }
      call++;
      repeat = 0;
    }
    finishWork(request, depth);
  }

  private void makeCall(Request request, int depth, int[] callees) {
    int callee = callees[UniformIndex.of(draw(request), callees.length)];
    int caller = request.intAttribute(at.podAt[depth]);
    int node = podNode[caller];
    int[] endpoints = graph.internalEndpoints[callee][node];
    if (endpoints.length == 0) {
      // kube-proxy drops the call's packets (no local endpoint): no answer, no refusal.
      flow.atClientTimeout(request, unanswered);
      return;
    }
    request.setAttribute(at.endpointUniform, draw(request));
    int pod = endpointChoice.internal(request, callee, node, endpoints);
    ServiceSpec spec = instances.spec(callee);
    request.setAttribute(at.demand, spec.serviceTime().quantile(draw(request)));
    double requestBytes = spec.requestSize().quantile(draw(request));
    int next = depth + 1;
    request.setIntAttribute(at.depth, next);
    request.setIntAttribute(at.podAt[next], pod);
    request.setIntAttribute(at.instanceAt[next], callee);
    request.setIntAttribute(at.callAt[next], 0);
    request.setIntAttribute(at.repeatAt[next], 0);
    request.setAttribute(at.returnBytesAt[next], spec.responseSize().quantile(draw(request)));
    request.setIntAttribute(at.pod, pod);
    request.setIntAttribute(at.stage, Stage.TO_POD);
    double delay = hops.veth(request) + hops.kubeProxy(request, node);
    flow.moveFromNode(request, node, pod, delay, requestBytes);
  }

  /** The pod at {@code depth} has done its work and its calls: answer its caller or the client. */
  private void finishWork(Request request, int depth) {
    int pod = request.intAttribute(at.podAt[depth]);
    if (graph.calls(request.intAttribute(at.instanceAt[depth]))) {
      pods[pod].release(request);
    }
    if (depth == 0) {
      request.setIntAttribute(at.pod, pod);
      flow.respond(request);
      return;
    }
    int caller = request.intAttribute(at.podAt[depth - 1]);
    int from = podNode[pod];
    int to = podNode[caller];
    double bytes = request.attribute(at.returnBytesAt[depth]);
    request.setIntAttribute(at.stage, Stage.CALL_BACK);
    double delay = hops.veth(request);
    if (from == to) {
      flow.continueAfter(request, delay + hops.veth(request), returned);
    } else if (links[from] != null) {
      flow.sendOverLink(request, from, bytes, delay);
    } else {
      flow.continueAfter(request, delay + hops.crossNodes(request, from, to, bytes)
          + hops.veth(request), returned);
    }
  }

  /**
   * The client gave up on a request whose call got no answer: the callers, which waited with
   * their workers held, let go of them, and so does an ingress controller.
   */
  private void unanswered(Request request) {
    releaseCallers(request, request.intAttribute(at.depth));
    flow.failInCluster(request, ErrorCause.TIMEOUT);
  }

  /** A call's response is back at its caller, which goes on with its next call. */
  private void returned(Request request) {
    endpointChoice.answered(request);
    request.setIntAttribute(at.depth, request.intAttribute(at.depth) - 1);
    nextCall(request);
  }

  /** The request's next uniform for its calls: SplitMix64 over (its seed, draws so far). */
  private double draw(Request request) {
    int draws = request.intAttribute(at.draws);
    request.setIntAttribute(at.draws, draws + 1);
    long z = (long) request.attribute(at.callSeed) + (draws + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z = z ^ (z >>> 31);
    return ((z >>> 11) + 0.5) / (1L << 53);
  }
}
