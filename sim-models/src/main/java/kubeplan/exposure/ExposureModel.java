package kubeplan.exposure;

import java.util.function.Consumer;
import kubeplan.engine.Engine;
import kubeplan.queueing.Balancer;
import kubeplan.queueing.Drain;
import kubeplan.queueing.Link;
import kubeplan.queueing.Request;
import kubeplan.queueing.RequestLayout;
import kubeplan.queueing.Requests;
import kubeplan.queueing.Sampler;
import kubeplan.queueing.Source;
import kubeplan.queueing.Station;
import kubeplan.random.Distribution;
import kubeplan.random.RandomStream;
import kubeplan.random.RandomStreams;
import kubeplan.results.Hop;
import kubeplan.routing.KubeProxyMode;
import kubeplan.scenario.ControllerSpec;
import kubeplan.scenario.ExposureSpec;
import kubeplan.scenario.ServiceSpec;
import kubeplan.scenario.WorkloadSpec;
import kubeplan.stats.MeasurementWindow;

/**
 * One replication of one exposure: the pods, ingress controllers and node links as engine
 * stations, and the path each request takes through the three network tiers, hop by hop, as
 * Kubernetes routes it.
 *
 * <p>Every random attribute of a request — its route, sizes, service demand and the uniforms that
 * decide its load balancer node, entry node and endpoints — is drawn when it is created from
 * streams named by what they decide, so every exposure and every sweep point sees the same
 * requests (common random numbers).
 */
final class ExposureModel {
  /*
   * A request moves through stages. Pure network hops between stations are summed into one
   * scheduled event (zero time schedules nothing) while each hop's share goes into the request's
   * per-hop accounting; stations (pods, controllers, node links) queue. The stage attribute says
   * where a request goes when a link or a merged delay releases it, so every continuation is a
   * Consumer bound once per model: nothing is allocated per event but the request.
   */
  private static final int TO_CONTROLLER = 0;
  private static final int TO_POD = 1;
  private static final int RESPONSE_TO_CONTROLLER = 2;
  private static final int RESPONSE_OUT = 3;
  private static final int CALL_BACK = 4;

  private final ExposurePlan plan;
  private final Latencies latencies;
  /** The load balancer's one-way latency; null for NodePort, which has none. */
  private final Distribution loadBalancerLatency;
  private final double timeoutSeconds;
  private final Engine engine;
  private final MeasurementWindow window;
  private final Measurements measurements;
  private final Traffic traffic;
  private final Drain drain;
  private final Source source;

  private final int aRoute;
  private final int aInstance;
  private final int aEntryNode;
  private final int aZone;
  private final int aController;
  private final int aPod;
  private final int aStage;
  private final int aRequestSize;
  private final int aResponseSize;
  private final int aDemand;
  private final int aControllerTime;
  private final int aControllerResponseTime;
  private final int aPayload;
  private final int aLinkNode;
  private final int aClient;
  private final int aDepth;
  private final int aCallSeed;
  private final int aDraws;
  private final int[] aPodAt;
  private final int[] aInstanceAt;
  private final int[] aCallAt;
  private final int[] aRepeatAt;
  private final int[] aReturnBytesAt;
  private final RandomStream callStream;
  private final int aEntryUniform;
  private final int aNodeUniform;
  private final int aEndpointUniform;
  private final int aBackendUniform;
  private final int aCopyUniform;

  private final RandomStream mixStream;
  private final RandomStream sizeStream;
  private final RandomStream demandStream;
  private final RandomStream routingStream;
  private final RandomStream controllerStream;
  private final RandomStream networkStream;
  private final double[] mixCumulative;

  private final Station[] pods;
  private final Station[] controllers;
  private final int[] controllerInFlight;
  private final int[] controllerOfPod;
  private final Link[] links;
  private final Consumer<Request>[] linkArrivals;
  /** Per controller and Service instance, how the controller picks a backend pod. */
  private final Balancer[][] backendChoice;
  private final int[][] ipvsNext;
  private final int[] pinned;
  private int nodeRoundRobin;

  private final Consumer<Request> created = this::created;
  private final Consumer<Request> arrive = this::arrive;
  private final Consumer<Request> linked = this::linked;
  private final Consumer<Request> podServed = this::podServed;
  private final Consumer<Request> controllerServed = this::controllerServed;
  private final Consumer<Request> rejected = this::rejected;
  private final Consumer<Request> timedOut = this::timedOut;
  private final Consumer<Request> delivered = this::delivered;
  private final Consumer<Request> completed = this::completed;
  private final Consumer<Request> returned = this::returned;

  ExposureModel(ExposurePlan plan, Engine engine, RandomStreams streams, MeasurementWindow window,
      double horizon) {
    this.plan = plan;
    this.latencies = plan.latencies;
    this.loadBalancerLatency = latencies.loadBalancer().orElse(null);
    this.timeoutSeconds = plan.scenario.workload().timeout().toNanos() / 1e9;
    this.engine = engine;
    this.window = window;
    this.measurements = new Measurements(plan.routeInstances.length, horizon);
    this.traffic = new Traffic(plan.loadBalancers(), plan.nodes.size());

    RequestLayout.Builder layout = RequestLayout.builder();
    for (Hop hop : Hop.values()) {
      layout.hop(hop.text());
    }
    aRoute = layout.intAttribute("route");
    aInstance = layout.intAttribute("instance");
    aEntryNode = layout.intAttribute("entry-node");
    aZone = layout.intAttribute("lb-zone");
    aController = layout.intAttribute("controller");
    aPod = layout.intAttribute("pod");
    aStage = layout.intAttribute("stage");
    aRequestSize = layout.attribute("request-size");
    aResponseSize = layout.attribute("response-size");
    aDemand = layout.attribute("demand");
    aControllerTime = layout.attribute("controller-time");
    aControllerResponseTime = layout.attribute("controller-response-time");
    aPayload = layout.attribute("payload");
    aLinkNode = layout.intAttribute("link-node");
    aClient = layout.intAttribute("client");
    aDepth = layout.intAttribute("call-depth");
    aCallSeed = layout.attribute("call-seed");
    aDraws = layout.intAttribute("call-draws");
    int depth = plan.calls.depth;
    aPodAt = new int[depth];
    aInstanceAt = new int[depth];
    aCallAt = new int[depth];
    aRepeatAt = new int[depth];
    aReturnBytesAt = new int[depth];
    for (int d = 0; d < depth; d++) {
      aPodAt[d] = layout.intAttribute("pod@" + d);
      aInstanceAt[d] = layout.intAttribute("instance@" + d);
      aCallAt[d] = layout.intAttribute("call@" + d);
      aRepeatAt[d] = layout.intAttribute("repeat@" + d);
      aReturnBytesAt[d] = layout.attribute("return-bytes@" + d);
    }
    aEntryUniform = layout.attribute("u-entry-zone");
    aNodeUniform = layout.attribute("u-entry-node");
    aEndpointUniform = layout.attribute("u-endpoint");
    aBackendUniform = layout.attribute("u-backend");
    aCopyUniform = layout.attribute("u-copy");
    Requests requests = new Requests(layout.build(), window);

    mixStream = streams.stream("workload.mix");
    sizeStream = streams.stream("workload.sizes");
    demandStream = streams.stream("workload.demand");
    routingStream = streams.stream("workload.routing");
    controllerStream = streams.stream("ingress.controller");
    networkStream = streams.stream("network");
    callStream = streams.stream("workload.calls");
    mixCumulative = cumulativeWeights(plan);

    pods = new Station[plan.pods.size()];
    for (int p = 0; p < pods.length; p++) {
      int instance = plan.podInstance[p];
      if (instance < 0) {
        continue;
      }
      ServiceSpec spec = plan.instances.spec(instance);
      Station.Builder builder = Station.builder(engine, "pod/" + plan.pods.get(p).name(), window)
          .workers(spec.concurrency())
          .serviceTime(Sampler.carried(aDemand))
          .whenServed(podServed)
          .whenRejected(rejected);
      spec.queueLimit().ifPresent(builder::queueLimit);
      if (plan.calls.calls(instance)) {
        builder.holdUntilRelease();
      }
      pods[p] = builder.build();
    }
    controllers = new Station[plan.controllers.length];
    controllerInFlight = new int[plan.controllers.length];
    controllerOfPod = new int[plan.pods.size()];
    for (int c = 0; c < plan.controllers.length; c++) {
      controllerOfPod[plan.controllers[c]] = c;
    }
    ControllerSpec controller = plan.exposure.controller().orElse(null);
    for (int c = 0; c < controllers.length; c++) {
      controllers[c] = Station.builder(engine, "ingress-controller/" + c, window)
          .workers(controller.concurrency())
          .serviceTime(request -> request.attribute(request.intAttribute(aStage) == TO_CONTROLLER
              ? aControllerTime : aControllerResponseTime))
          .whenServed(controllerServed)
          .build();
    }
    links = new Link[plan.nodes.size()];
    @SuppressWarnings("unchecked") // a generic array of one bound method reference per node
    Consumer<Request>[] arrivals = new Consumer[links.length];
    linkArrivals = arrivals;
    if (Double.isFinite(latencies.nodeBytesPerSecond())) {
      for (int n = 0; n < links.length; n++) {
        links[n] = Link.of(engine, "link/" + plan.nodes.get(n).name(), window,
            latencies.nodeBytesPerSecond(), latencies.flowBytesPerSecond(),
            Sampler.carried(aPayload), Hop.TRANSMISSION.ordinal(), linked);
        linkArrivals[n] = links[n]::arrive;
      }
    }
    backendChoice = new Balancer[controllers.length][plan.instances.size()];
    for (int c = 0; c < controllers.length; c++) {
      for (int i = 0; i < plan.instances.size(); i++) {
        backendChoice[c][i] = backendBalancer(controller.balancing(), plan.endpoints[i],
            controllerStream);
      }
    }
    ipvsNext = new int[plan.instances.size() + 1][plan.nodes.size()];
    WorkloadSpec workload = plan.scenario.workload();
    pinned = new int[workload.clients().orElse(0) * plan.instances.size() * 3];
    java.util.Arrays.fill(pinned, -1);

    drain = new Drain(engine, 1);
    source = Source.of(workload.arrivals(), engine, streams.stream("workload.arrivals"),
        requests, created, drain::sourceExhausted);
  }

  Measurements measurements() {
    return measurements;
  }

  Traffic traffic() {
    return traffic;
  }

  Station[] pods() {
    return pods;
  }

  Station[] controllers() {
    return controllers;
  }

  Link[] links() {
    return links;
  }

  void start() {
    source.start();
  }

  // ---- creation: draw everything random about the request, then choose its way in ----

  private void created(Request request) {
    drain.entered();
    int route = pick(mixCumulative, mixStream.nextDouble());
    request.setIntAttribute(aRoute, route);
    request.setIntAttribute(aClient, clientOf(request.client(),
        plan.scenario.workload().clients(), routingStream.nextDouble()));
    request.setAttribute(aCopyUniform, routingStream.nextDouble());
    request.setAttribute(aEntryUniform, routingStream.nextDouble());
    request.setAttribute(aNodeUniform, routingStream.nextDouble());
    request.setAttribute(aEndpointUniform, routingStream.nextDouble());
    request.setAttribute(aBackendUniform, routingStream.nextDouble());
    request.setAttribute(aCallSeed, (double) (callStream.nextLong() >>> 12));
    if (request.measured()) {
      measurements.arrived(route);
    }
    int[] instances = plan.routeInstances[route];
    if (instances.length == 0) {
      fail(request, ErrorCause.UNROUTABLE);
      return;
    }
    int instance = instances[index(request.attribute(aCopyUniform), instances.length)];
    request.setIntAttribute(aInstance, instance);
    ServiceSpec spec = plan.instances.spec(instance);
    request.setAttribute(aRequestSize, spec.requestSize().sample(sizeStream));
    request.setAttribute(aResponseSize, spec.responseSize().sample(sizeStream));
    request.setAttribute(aDemand, spec.serviceTime().sample(demandStream));
    if (plan.entry == Entry.INGRESS_CONTROLLER) {
      request.setAttribute(aControllerTime, latencies.controllerProcessing().sample(controllerStream));
      request.setAttribute(aControllerResponseTime,
          latencies.controllerResponseProcessing().sample(controllerStream));
    }
    enter(request, instance);
  }

  /** The client's side: internet, load balancer, the entry node and kube-proxy's choice. */
  private void enter(Request request, int instance) {
    int connection = connectionOf(instance);
    boolean newConnection = newConnection(request, connection);
    double delay = hop(request, Hop.INTERNET, latencies.internet());
    int target = plan.entry == Entry.INGRESS_CONTROLLER ? 0 : instance;
    int zone = -1;
    int node = -1;
    int first;
    if (plan.entry == Entry.NODE_PORT) {
      node = pinnedOr(request, connection, 0, chooseNodePortNode(request));
    } else {
      int[] zones = plan.entryZones[target];
      if (zones.length == 0) {
        fail(request, ErrorCause.DROPPED);
        return;
      }
      zone = pinnedOr(request, connection, 0,
          zones[index(request.attribute(aEntryUniform), zones.length)]);
      delay += loadBalancer(request);
      countLoadBalancer(request, plan.loadBalancerOf(instance), newConnection);
    }
    request.setIntAttribute(aZone, zone);
    if (newConnection) {
      delay += setUp(request);
    }
    if (plan.entry == Entry.LOAD_BALANCER_IP || plan.entry == Entry.INGRESS_CLOUD) {
      int[] pods = plan.entryTargets[target][zone];
      int pod = pods[index(request.attribute(aEndpointUniform), pods.length)];
      first = plan.entry == Entry.INGRESS_CLOUD ? pod : pinnedOr(request, connection, 1, pod);
      request.setIntAttribute(aEntryNode, -1);
      request.setIntAttribute(aPod, first);
      request.setIntAttribute(aStage, TO_POD);
      moveFromLoadBalancer(request, first, delay);
      return;
    }
    if (plan.entry != Entry.NODE_PORT) {
      int[] nodes = plan.entryTargets[target][zone];
      node = pinnedOr(request, connection, 1, nodes[index(request.attribute(aNodeUniform),
          nodes.length)]);
      if (plan.nodeZone[node] != zone) {
        delay += crossZone(request, request.attribute(aRequestSize));
      }
    }
    request.setIntAttribute(aEntryNode, node);
    delay += kubeProxy(request, node);
    if (newConnection) {
      delay += hop(request, Hop.KUBE_PROXY, latencies.kubeProxyNewConnection());
    }
    int[] endpoints = plan.proxyEndpoints[target][node];
    if (endpoints.length == 0) {
      noAnswer(request);
      return;
    }
    int scheduler = plan.entry == Entry.INGRESS_CONTROLLER ? plan.instances.size() : instance;
    first = pinnedOr(request, connection, 2, kubeProxyChoice(request, scheduler, node, endpoints));
    if (plan.entry == Entry.INGRESS_CONTROLLER) {
      request.setIntAttribute(aController, controllerOfPod[first]);
      request.setIntAttribute(aStage, TO_CONTROLLER);
    } else {
      request.setIntAttribute(aPod, first);
      request.setIntAttribute(aStage, TO_POD);
    }
    moveFromNode(request, node, first, delay, request.attribute(aRequestSize));
  }

  // ---- moving between places ----

  /** From a node (or a pod on it, when {@code fromPod}) to pod {@code pod}, then its station. */
  private void moveFromNode(Request request, int node, int pod, double delay, double bytes) {
    int to = plan.podNode[pod];
    if (to == node) {
      continueAfter(request, delay + hop(request, Hop.VETH, latencies.veth()), arrive);
    } else if (links[node] != null) {
      sendOverLink(request, node, bytes, delay);
    } else {
      continueAfter(request, delay + crossNodes(request, node, to, bytes)
          + hop(request, Hop.VETH, latencies.veth()), arrive);
    }
  }

  /** A payload has left node link {@code node}: on to the node where it is going, then on. */
  private void linked(Request request) {
    int stage = request.intAttribute(aStage);
    double bytes = request.attribute(aPayload);
    int from = request.intAttribute(aLinkNode);
    if (stage == RESPONSE_OUT) {
      int to = request.intAttribute(aEntryNode);
      continueAfter(request, crossNodes(request, from, to, bytes), delivered);
    } else if (stage == CALL_BACK) {
      int caller = request.intAttribute(aPodAt[request.intAttribute(aDepth) - 1]);
      continueAfter(request, crossNodes(request, from, plan.podNode[caller], bytes)
          + hop(request, Hop.VETH, latencies.veth()), returned);
    } else {
      int to = plan.podNode[stage == TO_POD
          ? request.intAttribute(aPod) : plan.controllers[controllerIndex(request)]];
      continueAfter(request, crossNodes(request, from, to, bytes)
          + hop(request, Hop.VETH, latencies.veth()), arrive);
    }
  }

  private void moveFromLoadBalancer(Request request, int pod, double delay) {
    if (plan.nodeZone[plan.podNode[pod]] != request.intAttribute(aZone)) {
      delay += crossZone(request, request.attribute(aRequestSize));
    }
    continueAfter(request, delay + hop(request, Hop.VETH, latencies.veth()), arrive);
  }

  /** A request reaches the station its stage names. */
  private void arrive(Request request) {
    switch (request.intAttribute(aStage)) {
      case TO_POD -> pods[request.intAttribute(aPod)].arrive(request);
      case TO_CONTROLLER -> arriveAtController(request);
      case RESPONSE_TO_CONTROLLER -> controllers[controllerIndex(request)].arrive(request);
      default -> throw new IllegalStateException("request " + request.id()
          + " cannot arrive at a station in stage " + request.intAttribute(aStage));
    }
  }

  private void arriveAtController(Request request) {
    int c = controllerIndex(request);
    if (controllerInFlight[c] >= plan.exposure.controller().orElseThrow().maxConnections()) {
      fail(request, ErrorCause.REJECTED);
      return;
    }
    controllerInFlight[c]++;
    controllers[c].arrive(request);
  }

  private void controllerServed(Request request) {
    double wait = request.serviceStartedAt() - request.stationArrivedAt();
    request.addHopTime(Hop.INGRESS_CONTROLLER_QUEUE.ordinal(), wait);
    request.addHopTime(Hop.INGRESS_CONTROLLER.ordinal(), engine.now() - request.serviceStartedAt());
    int c = controllerIndex(request);
    int from = plan.podNode[plan.controllers[c]];
    if (request.intAttribute(aStage) == TO_CONTROLLER) {
      int instance = request.intAttribute(aInstance);
      int[] endpoints = plan.endpoints[instance];
      Balancer balancer = backendChoice[c][instance];
      int pod = endpoints[balancer == null
          ? index(request.attribute(aBackendUniform), endpoints.length)
          : balancer.choose(request)];
      request.setIntAttribute(aPod, pod);
      request.setIntAttribute(aStage, TO_POD);
      moveFromNode(request, from, pod, hop(request, Hop.VETH, latencies.veth()),
          request.attribute(aRequestSize));
    } else {
      controllerInFlight[c]--;
      respondFrom(request, from, hop(request, Hop.VETH, latencies.veth()));
    }
  }

  private void podServed(Request request) {
    double wait = request.serviceStartedAt() - request.stationArrivedAt();
    book(request, Hop.POD_QUEUE, wait);
    book(request, Hop.POD_SERVICE, engine.now() - request.serviceStartedAt());
    int depth = request.intAttribute(aDepth);
    if (depth == 0) {
      request.setIntAttribute(aPodAt[0], request.intAttribute(aPod));
      request.setIntAttribute(aInstanceAt[0], request.intAttribute(aInstance));
      request.setIntAttribute(aCallAt[0], 0);
      request.setIntAttribute(aRepeatAt[0], 0);
    }
    nextCall(request);
  }

  /** The pod's own work is done: the response leaves it for the client's side. */
  private void respond(Request request) {
    int pod = request.intAttribute(aPod);
    double delay = hop(request, Hop.VETH, latencies.veth());
    double bytes = request.attribute(aResponseSize);
    if (plan.entry == Entry.INGRESS_CONTROLLER) {
      request.setIntAttribute(aStage, RESPONSE_TO_CONTROLLER);
      moveFromNode(request, plan.podNode[pod], plan.controllers[controllerIndex(request)], delay,
          bytes);
      return;
    }
    if (plan.entry == Entry.LOAD_BALANCER_IP || plan.entry == Entry.INGRESS_CLOUD) {
      request.setIntAttribute(aStage, RESPONSE_OUT);
      if (plan.nodeZone[plan.podNode[pod]] != request.intAttribute(aZone)) {
        delay += crossZone(request, bytes);
      }
      continueAfter(request, delay, delivered);
      return;
    }
    respondFrom(request, plan.podNode[pod], delay);
  }

  /**
   * The response leaves node {@code node} for the entry node — source NAT sends it back the way
   * it came — unless the load balancer returns directly (direct server return).
   */
  private void respondFrom(Request request, int node, double delay) {
    request.setIntAttribute(aStage, RESPONSE_OUT);
    int entry = request.intAttribute(aEntryNode);
    double bytes = request.attribute(aResponseSize);
    if (entry == node || !latencies.loadBalancerOnReturn() && plan.entry != Entry.NODE_PORT) {
      continueAfter(request, delay, delivered);
    } else if (links[node] != null) {
      sendOverLink(request, node, bytes, delay);
    } else {
      continueAfter(request, delay + crossNodes(request, node, entry, bytes), delivered);
    }
  }

  /**
   * The response is at the entry node (or the pod, for ip targets): back across zones to the load
   * balancer node that took the request, through the load balancer, and over the internet.
   */
  private void delivered(Request request) {
    double delay = 0;
    int entry = request.intAttribute(aEntryNode);
    if (latencies.loadBalancerOnReturn() && entry >= 0 && plan.entry != Entry.NODE_PORT
        && plan.nodeZone[entry] != request.intAttribute(aZone)) {
      delay += crossZone(request, request.attribute(aResponseSize));
    }
    if (latencies.loadBalancerOnReturn()) {
      delay += loadBalancer(request);
    }
    delay += hop(request, Hop.INTERNET, latencies.internet());
    if (request.measured()) {
      traffic.internetEgressBytes += request.attribute(aResponseSize);
    }
    continueAfter(request, delay, completed);
  }

  private void completed(Request request) {
    double latency = engine.now() - request.createdAt();
    if (request.measured()) {
      int lb = plan.loadBalancerOf(request.intAttribute(aInstance));
      if (lb >= 0) {
        traffic.lbConnectionSeconds[lb] += latency;
      }
      if (latency > timeoutSeconds) {
        measurements.failed(ErrorCause.TIMEOUT);
      } else {
        measurements.succeeded(request, request.intAttribute(aRoute), latency);
      }
    }
    left(request);
  }

  private void rejected(Request request) {
    releaseCallers(request, request.intAttribute(aDepth) - 1);
    releaseController(request);
    fail(request, ErrorCause.REJECTED);
  }

  /**
   * A request that ends in the cluster — a pod's 503, a dropped call — after an ingress controller
   * took it gives the controller's connection back: the error goes back through it.
   */
  private void releaseController(Request request) {
    if (plan.entry == Entry.INGRESS_CONTROLLER) {
      controllerInFlight[controllerIndex(request)]--;
    }
  }

  /** A NodePort client that picked a node without a local endpoint gets no answer. */
  private void noAnswer(Request request) {
    continueAfter(request, timeoutSeconds, timedOut);
  }

  private void timedOut(Request request) {
    fail(request, ErrorCause.TIMEOUT);
  }

  private void fail(Request request, ErrorCause cause) {
    if (request.measured()) {
      measurements.failed(cause);
    }
    left(request);
  }

  private void left(Request request) {
    source.finished(request);
    drain.left();
  }

  // ---- service-to-service calls ----

  /*
   * A pod that calls other Services holds its worker (thread per request) from the start of its
   * own work until its last call has returned. The request itself travels down the chain of calls
   * and back, with a stack of (pod, Service, next call) per depth in its attributes. What a call
   * draws — whether it happens, its callee copy, endpoint, service demand and sizes — comes from a
   * generator seeded per request when the request is created, consumed in the fixed order of the
   * calls, so every exposure sees the same calls whatever their timing.
   */

  /** Makes the next call of the pod at the request's depth, or finishes there. */
  private void nextCall(Request request) {
    int depth = request.intAttribute(aDepth);
    int instance = request.intAttribute(aInstanceAt[depth]);
    kubeplan.scenario.CallSpec[] calls = plan.calls.calls[instance];
    int call = request.intAttribute(aCallAt[depth]);
    int repeat = request.intAttribute(aRepeatAt[depth]);
    while (call < calls.length) {
      if (repeat == 0 && draw(request) >= calls[call].probability()) {
        call++;
        continue;
      }
      if (repeat < calls[call].count()) {
        request.setIntAttribute(aCallAt[depth], call);
        request.setIntAttribute(aRepeatAt[depth], repeat + 1);
        makeCall(request, depth, plan.calls.callees[instance][call]);
        return;
      }
      call++;
      repeat = 0;
    }
    finishWork(request, depth);
  }

  private void makeCall(Request request, int depth, int[] callees) {
    int callee = callees[index(draw(request), callees.length)];
    int caller = request.intAttribute(aPodAt[depth]);
    int node = plan.podNode[caller];
    int[] endpoints = plan.calls.internalEndpoints[callee][node];
    if (endpoints.length == 0) {
      releaseCallers(request, depth);
      releaseController(request);
      fail(request, ErrorCause.DROPPED);
      return;
    }
    request.setAttribute(aEndpointUniform, draw(request));
    int pod = kubeProxyChoice(request, callee, node, endpoints);
    ServiceSpec spec = plan.instances.spec(callee);
    request.setAttribute(aDemand, spec.serviceTime().quantile(draw(request)));
    double requestBytes = spec.requestSize().quantile(draw(request));
    int next = depth + 1;
    request.setIntAttribute(aDepth, next);
    request.setIntAttribute(aPodAt[next], pod);
    request.setIntAttribute(aInstanceAt[next], callee);
    request.setIntAttribute(aCallAt[next], 0);
    request.setIntAttribute(aRepeatAt[next], 0);
    request.setAttribute(aReturnBytesAt[next], spec.responseSize().quantile(draw(request)));
    request.setIntAttribute(aPod, pod);
    request.setIntAttribute(aStage, TO_POD);
    double delay = hop(request, Hop.VETH, latencies.veth())
        + kubeProxy(request, node);
    moveFromNode(request, node, pod, delay, requestBytes);
  }

  /** The pod at {@code depth} has done its work and its calls: answer its caller or the client. */
  private void finishWork(Request request, int depth) {
    int pod = request.intAttribute(aPodAt[depth]);
    if (plan.calls.calls(request.intAttribute(aInstanceAt[depth]))) {
      pods[pod].release(request);
    }
    if (depth == 0) {
      request.setIntAttribute(aPod, pod);
      respond(request);
      return;
    }
    int caller = request.intAttribute(aPodAt[depth - 1]);
    int from = plan.podNode[pod];
    int to = plan.podNode[caller];
    double bytes = request.attribute(aReturnBytesAt[depth]);
    request.setIntAttribute(aStage, CALL_BACK);
    double delay = hop(request, Hop.VETH, latencies.veth());
    if (from == to) {
      continueAfter(request, delay + hop(request, Hop.VETH, latencies.veth()), returned);
    } else if (links[from] != null) {
      sendOverLink(request, from, bytes, delay);
    } else {
      continueAfter(request, delay + crossNodes(request, from, to, bytes)
          + hop(request, Hop.VETH, latencies.veth()), returned);
    }
  }

  /** A call's response is back at its caller, which goes on with its next call. */
  private void returned(Request request) {
    request.setIntAttribute(aDepth, request.intAttribute(aDepth) - 1);
    nextCall(request);
  }

  /** Frees the workers that callers at depths {@code 0..depth} hold for a request that failed. */
  private void releaseCallers(Request request, int depth) {
    for (int d = depth; d >= 0; d--) {
      if (plan.calls.calls(request.intAttribute(aInstanceAt[d]))) {
        pods[request.intAttribute(aPodAt[d])].release(request);
      }
    }
  }

  /** The request's next uniform for its calls: SplitMix64 over (its seed, draws so far). */
  private double draw(Request request) {
    int draws = request.intAttribute(aDraws);
    request.setIntAttribute(aDraws, draws + 1);
    long z = (long) request.attribute(aCallSeed) + (draws + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z = z ^ (z >>> 31);
    return ((z >>> 11) + 0.5) / (1L << 53);
  }

  // ---- hops, choices and counters ----

  /** Samples one traversal of {@code hop} and books it to the request. */
  private double hop(Request request, Hop hop, Distribution latency) {
    double seconds = latency.sample(networkStream);
    book(request, hop, seconds);
    return seconds;
  }

  /** kube-proxy on {@code node} forwards the request's packets. */
  private double kubeProxy(Request request, int node) {
    if (request.measured()) {
      traffic.proxiedRequests[node]++;
    }
    return hop(request, Hop.KUBE_PROXY, latencies.kubeProxyPerPacket());
  }

  /** One traversal of the exposure's cloud load balancer, if it has one. */
  private double loadBalancer(Request request) {
    return loadBalancerLatency == null ? 0 : hop(request, Hop.LOAD_BALANCER, loadBalancerLatency);
  }

  /** Books time to {@code hop}, or to {@code calls} while the request is inside a call. */
  private void book(Request request, Hop hop, double seconds) {
    Hop booked = request.intAttribute(aDepth) > 0 ? Hop.CALLS : hop;
    request.addHopTime(booked.ordinal(), seconds);
  }

  /** From node {@code from} to node {@code to}: same zone or not, plus the overlay's cost. */
  private double crossNodes(Request request, int from, int to, double bytes) {
    double delay;
    if (plan.nodeZone[from] == plan.nodeZone[to]) {
      delay = hop(request, Hop.CROSS_NODE, latencies.crossNode());
    } else {
      delay = crossZone(request, bytes);
    }
    if (latencies.encapsulation().isPresent()) {
      delay += hop(request, Hop.ENCAPSULATION, latencies.encapsulation().get());
    }
    return delay;
  }

  private double crossZone(Request request, double bytes) {
    if (request.measured()) {
      if (request.intAttribute(aStage) >= RESPONSE_TO_CONTROLLER) {
        traffic.crossZoneResponseBytes += bytes;
      } else {
        traffic.crossZoneRequestBytes += bytes;
      }
    }
    return hop(request, Hop.CROSS_ZONE, latencies.crossZone());
  }

  private void sendOverLink(Request request, int node, double bytes, double delay) {
    request.setAttribute(aPayload, bytes);
    request.setIntAttribute(aLinkNode, node);
    continueAfter(request, delay, linkArrivals[node]);
  }

  /** Hands the request on after {@code delay}; zero time schedules nothing. */
  private void continueAfter(Request request, double delay, Consumer<Request> next) {
    if (delay == 0) {
      next.accept(request);
    } else {
      request.continueAfter(engine, delay, next);
    }
  }

  /**
   * Whether this request opens a connection: every request with {@code perRequest}; with N
   * keep-alive clients only a client's first request on {@code connection}; never with {@code
   * many} clients, which the spec defines as already connected.
   */
  private boolean newConnection(Request request, int connection) {
    WorkloadSpec workload = plan.scenario.workload();
    if (workload.connections() == WorkloadSpec.ConnectionMode.PER_REQUEST) {
      return true;
    }
    return workload.clients().isPresent() && pinned[pinSlot(request, connection, 0)] < 0;
  }

  /**
   * Which of a client's connections a request to {@code instance} travels on: its own connection
   * per Service for LoadBalancer and NodePort, one connection to the shared load balancer for every
   * host of an Ingress (which then picks the backend per request).
   */
  private int connectionOf(int instance) {
    return plan.exposure.type() == ExposureSpec.ExposureType.INGRESS ? 0 : instance;
  }

  /** TCP set-up (one round trip of the path plus socket work) and TLS where it terminates. */
  private double setUp(Request request) {
    if (request.measured()) {
      traffic.newConnections++;
    }
    double seconds = 2 * latencies.internet().sample(networkStream)
        + latencies.connectionSetup().sample(networkStream);
    if (plan.exposure.tlsTermination() != ExposureSpec.TlsTermination.NONE) {
      seconds += latencies.tlsHandshake().sample(networkStream);
    }
    request.addHopTime(Hop.CONNECTION_SETUP.ordinal(), seconds);
    return seconds;
  }

  private void countLoadBalancer(Request request, int lb, boolean newConnection) {
    if (request.measured()) {
      traffic.lbRequests[lb]++;
      traffic.lbBytesIn[lb] += request.attribute(aRequestSize);
      if (latencies.loadBalancerOnReturn()) {
        traffic.lbBytesOut[lb] += request.attribute(aResponseSize);
      }
      if (newConnection) {
        traffic.lbNewConnections[lb]++;
      }
    }
  }

  /** The node a NodePort client addresses, by {@code clientNodeSelection}. */
  private int chooseNodePortNode(Request request) {
    int nodes = plan.nodes.size();
    return switch (plan.exposure.clientNodeSelection()) {
      case RANDOM -> index(request.attribute(aNodeUniform), nodes);
      case ROUND_ROBIN -> nodeRoundRobin++ % nodes;
      case SINGLE -> 0;
    };
  }

  /**
   * kube-proxy's endpoint for a new connection on {@code node}, by mode (and IPVS scheduler, whose
   * round-robin state is per Service — {@code service}, the controller's after the instances — and
   * per node).
   */
  private int kubeProxyChoice(Request request, int service, int node, int[] endpoints) {
    KubeProxyMode mode = plan.scenario.cluster().kubeProxy();
    if (mode != KubeProxyMode.IPVS) {
      return endpoints[index(request.attribute(aEndpointUniform), endpoints.length)];
    }
    return switch (plan.scenario.cluster().ipvsScheduler()) {
      case RR -> endpoints[ipvsNext[service][node]++ % endpoints.length];
      case LC -> leastLoaded(endpoints);
      case SH -> clientOf(request) < 0
          ? endpoints[index(request.attribute(aEndpointUniform), endpoints.length)]
          : endpoints[clientOf(request) % endpoints.length];
    };
  }

  /**
   * How a controller picks among a Service's pods: ingress-nginx's round robin per upstream, a
   * uniform choice, least connections, or its Peak-EWMA (modelled as the power of two choices
   * on requests in flight, the choice rule Peak-EWMA uses, without the latency average).
   */
  private Balancer backendBalancer(ControllerSpec.Balancing balancing, int[] endpoints,
      RandomStream stream) {
    return switch (balancing) {
      case ROUND_ROBIN -> Balancer.roundRobin(endpoints.length);
      case RANDOM -> null;
      case LEAST_CONNECTIONS -> Balancer.leastConnections(endpoints.length,
          i -> pods[endpoints[i]].inFlight(), stream);
      case EWMA -> Balancer.powerOfTwoChoices(endpoints.length,
          i -> pods[endpoints[i]].inFlight(), stream);
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

  /**
   * With N keep-alive clients a client's connection fixes its load balancer zone, entry node and
   * endpoint ({@code slot} 0, 1, 2): the first choice is kept for later requests.
   */
  private int pinnedOr(Request request, int connection, int slot, int choice) {
    if (pinned.length == 0 || clientOf(request) < 0
        || plan.scenario.workload().connections() == WorkloadSpec.ConnectionMode.PER_REQUEST) {
      return choice;
    }
    int at = pinSlot(request, connection, slot);
    if (pinned[at] < 0) {
      pinned[at] = choice;
    }
    return pinned[at];
  }

  private int pinSlot(Request request, int connection, int slot) {
    return (clientOf(request) * plan.instances.size() + connection) * 3 + slot;
  }

  /** The client that sent the request: its closed-workload user, or one of N open clients. */
  private int clientOf(Request request) {
    return request.intAttribute(aClient);
  }

  private int controllerIndex(Request request) {
    return request.intAttribute(aController);
  }

  /**
   * The client of N that sent a request: a closed workload's users map onto the N clients; open
   * traffic spreads over them uniformly; -1 with {@code clients: many}.
   */
  private static int clientOf(int user, java.util.OptionalInt clients, double u) {
    if (clients.isEmpty()) {
      return -1;
    }
    return user >= 0 ? user % clients.getAsInt() : index(u, clients.getAsInt());
  }

  /** The uniform {@code u} in (0, 1) as an index in {@code [0, n)}. */
  private static int index(double u, int n) {
    return Math.min(n - 1, (int) (u * n));
  }

  private static int pick(double[] cumulative, double u) {
    int i = 0;
    while (i < cumulative.length - 1 && u >= cumulative[i]) {
      i++;
    }
    return i;
  }

  private static double[] cumulativeWeights(ExposurePlan plan) {
    var mix = plan.scenario.workload().mix();
    double total = mix.stream().mapToDouble(entry -> entry.weight()).sum();
    double[] cumulative = new double[mix.size()];
    double sum = 0;
    for (int m = 0; m < mix.size(); m++) {
      sum += mix.get(m).weight();
      cumulative[m] = sum / total;
    }
    return cumulative;
  }
}
