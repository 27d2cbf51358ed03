package kubeplan.exposure;

import java.util.function.Consumer;
import kubeplan.engine.Engine;
import kubeplan.queueing.Drain;
import kubeplan.queueing.Link;
import kubeplan.queueing.Request;
import kubeplan.queueing.Requests;
import kubeplan.queueing.Sampler;
import kubeplan.queueing.Source;
import kubeplan.queueing.Station;
import kubeplan.random.RandomStream;
import kubeplan.random.RandomStreams;
import kubeplan.results.Hop;
import kubeplan.scenario.ControllerSpec;
import kubeplan.scenario.MixEntry;
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
   * per-hop accounting (NetworkHops); stations (pods, controllers, node links) queue. The stage
   * attribute says where a request goes when a link or a merged delay releases it, so every
   * continuation is a Consumer bound once per model: nothing is allocated per event but the
   * request. The choices on the way in are EntryChoices'; the calls between Services are
   * ServiceCalls'; this class wires the flow between them.
   */
  private final ExposurePlan plan;
  private final double timeoutSeconds;
  private final boolean loadBalancerOnReturn;
  private final Engine engine;
  private final Measurements measurements;
  private final Traffic traffic;
  private final Drain drain;
  private final Source source;
  private final RequestAttributes at;
  private final NetworkHops hops;
  private final Connections connections;
  private final EndpointChoice endpointChoice;
  private final EntryChoices entries;
  private final ServiceCalls calls;

  private final RandomStream mixStream;
  private final RandomStream sizeStream;
  private final RandomStream demandStream;
  private final RandomStream routingStream;
  private final RandomStream controllerStream;
  private final RandomStream callStream;
  private final double[] mixCumulative;

  private final Station[] pods;
  private final Station[] controllers;
  private final int[] controllerInFlight;
  private final int[] controllerOfPod;
  private final Link[] links;
  private final Consumer<Request>[] linkArrivals;

  private final Consumer<Request> created = this::created;
  private final Consumer<Request> arrive = this::arrive;
  private final Consumer<Request> linked = this::linked;
  private final Consumer<Request> podServed = this::podServed;
  private final Consumer<Request> controllerServed = this::controllerServed;
  private final Consumer<Request> rejected = this::rejected;
  private final Consumer<Request> timedOut = this::timedOut;
  private final Consumer<Request> delivered = this::delivered;
  private final Consumer<Request> completed = this::completed;

  ExposureModel(ExposurePlan plan, Engine engine, RandomStreams streams, MeasurementWindow window,
      double horizon) {
    this.plan = plan;
    Latencies latencies = plan.latencies;
    this.timeoutSeconds = plan.scenario.workload().timeout().toNanos() / 1e9;
    this.loadBalancerOnReturn = latencies.loadBalancerOnReturn();
    this.engine = engine;
    this.measurements = new Measurements(plan.routeInstances.length, horizon);
    this.traffic = new Traffic(plan.loadBalancers(), plan.nodes.size());
    this.at = new RequestAttributes(plan.calls.depth);
    Requests requests = new Requests(at.layout, window);

    mixStream = streams.stream("workload.mix");
    sizeStream = streams.stream("workload.sizes");
    demandStream = streams.stream("workload.demand");
    routingStream = streams.stream("workload.routing");
    controllerStream = streams.stream("ingress.controller");
    hops = new NetworkHops(plan, streams.stream("network"), traffic, at);
    callStream = streams.stream("workload.calls");
    mixCumulative = cumulativeWeights(plan.scenario.workload());

    pods = new Station[plan.pods.size()];
    for (int p = 0; p < pods.length; p++) {
      int instance = plan.podInstance[p];
      if (instance < 0) {
        continue;
      }
      ServiceSpec spec = plan.instances.spec(instance);
      Station.Builder builder = Station.builder(engine, "pod/" + plan.pods.get(p).name(), window)
          .workers(spec.concurrency())
          .serviceTime(Sampler.carried(at.demand))
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
    RequestAttributes attributes = at;
    for (int c = 0; c < controllers.length; c++) {
      controllers[c] = Station.builder(engine, "ingress-controller/" + c, window)
          .workers(controller.concurrency())
          .serviceTime(request -> request.attribute(
              request.intAttribute(attributes.stage) == Stage.TO_CONTROLLER
                  ? attributes.controllerTime : attributes.controllerResponseTime))
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
            Sampler.carried(at.payload), Hop.TRANSMISSION.ordinal(), linked);
        linkArrivals[n] = links[n]::arrive;
      }
    }
    connections = new Connections(plan, at);
    endpointChoice = new EndpointChoice(plan, at, connections);
    entries = new EntryChoices(plan, at, connections, endpointChoice, pods, controllerStream);
    calls = new ServiceCalls(this, plan, at, hops, endpointChoice, pods, links);

    drain = new Drain(engine, 1);
    source = Source.of(plan.scenario.workload().arrivals(), engine,
        streams.stream("workload.arrivals"), requests, created, drain::sourceExhausted);
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
    request.setIntAttribute(at.route, route);
    request.setIntAttribute(at.client, Connections.clientOf(request.client(),
        plan.scenario.workload().clients(), routingStream.nextDouble()));
    request.setAttribute(at.copyUniform, routingStream.nextDouble());
    request.setAttribute(at.entryUniform, routingStream.nextDouble());
    request.setAttribute(at.nodeUniform, routingStream.nextDouble());
    request.setAttribute(at.endpointUniform, routingStream.nextDouble());
    request.setAttribute(at.backendUniform, routingStream.nextDouble());
    request.setAttribute(at.callSeed, (double) (callStream.nextLong() >>> 12));
    if (request.measured()) {
      measurements.arrived(route);
    }
    int[] instances = plan.routeInstances[route];
    if (instances.length == 0) {
      fail(request, ErrorCause.UNROUTABLE);
      return;
    }
    int instance = instances[UniformIndex.of(request.attribute(at.copyUniform), instances.length)];
    request.setIntAttribute(at.instance, instance);
    ServiceSpec spec = plan.instances.spec(instance);
    request.setAttribute(at.requestSize, spec.requestSize().sample(sizeStream));
    request.setAttribute(at.responseSize, spec.responseSize().sample(sizeStream));
    request.setAttribute(at.demand, spec.serviceTime().sample(demandStream));
    if (plan.entry == Entry.INGRESS_CONTROLLER) {
      request.setAttribute(at.controllerTime,
          plan.latencies.controllerProcessing().sample(controllerStream));
      request.setAttribute(at.controllerResponseTime,
          plan.latencies.controllerResponseProcessing().sample(controllerStream));
    }
    enter(request, instance);
  }

  /** The client's side: internet, load balancer, the entry node and kube-proxy's choice. */
  private void enter(Request request, int instance) {
    int connection = connections.of(instance);
    boolean newConnection = connections.opens(request, connection);
    double delay = hops.internet(request);
    int zone = -1;
    int node = -1;
    if (plan.entry == Entry.NODE_PORT) {
      node = entries.nodePortNode(request, connection);
    } else {
      zone = entries.zone(request, connection, instance);
      if (zone == EntryChoices.NONE) {
        fail(request, ErrorCause.DROPPED);
        return;
      }
      delay += hops.loadBalancer(request);
      hops.countLoadBalancer(request, plan.loadBalancerOf(instance), newConnection);
    }
    request.setIntAttribute(at.zone, zone);
    if (newConnection) {
      delay += hops.setUp(request);
    }
    if (plan.entry == Entry.LOAD_BALANCER_IP || plan.entry == Entry.INGRESS_CLOUD) {
      int pod = entries.targetPod(request, connection, instance, zone);
      request.setIntAttribute(at.entryNode, -1);
      request.setIntAttribute(at.pod, pod);
      request.setIntAttribute(at.stage, Stage.TO_POD);
      moveFromLoadBalancer(request, pod, delay);
      return;
    }
    if (plan.entry != Entry.NODE_PORT) {
      node = entries.entryNode(request, connection, instance, zone);
      if (plan.nodeZone[node] != zone) {
        delay += hops.crossZone(request, request.attribute(at.requestSize));
      }
    }
    request.setIntAttribute(at.entryNode, node);
    delay += hops.kubeProxy(request, node);
    if (newConnection) {
      delay += hops.kubeProxyNewConnection(request);
    }
    int first = entries.endpoint(request, connection, instance, node);
    if (first == EntryChoices.NONE) {
      noAnswer(request);
      return;
    }
    if (plan.entry == Entry.INGRESS_CONTROLLER) {
      request.setIntAttribute(at.controller, controllerOfPod[first]);
      request.setIntAttribute(at.stage, Stage.TO_CONTROLLER);
    } else {
      request.setIntAttribute(at.pod, first);
      request.setIntAttribute(at.podAt[0], first);
      request.setIntAttribute(at.stage, Stage.TO_POD);
    }
    moveFromNode(request, node, first, delay, request.attribute(at.requestSize));
  }

  // ---- moving between places ----

  /** From a node (or a pod on it) to pod {@code pod}, then its station. */
  void moveFromNode(Request request, int node, int pod, double delay, double bytes) {
    int to = plan.podNode[pod];
    if (to == node) {
      continueAfter(request, delay + hops.veth(request), arrive);
    } else if (links[node] != null) {
      sendOverLink(request, node, bytes, delay);
    } else {
      continueAfter(request, delay + hops.crossNodes(request, node, to, bytes)
          + hops.veth(request), arrive);
    }
  }

  /** After {@code delay}, {@code bytes} queue on node {@code node}'s link. */
  void sendOverLink(Request request, int node, double bytes, double delay) {
    request.setAttribute(at.payload, bytes);
    request.setIntAttribute(at.linkNode, node);
    continueAfter(request, delay, linkArrivals[node]);
  }

  /** Hands the request on after {@code delay}; zero time schedules nothing. */
  void continueAfter(Request request, double delay, Consumer<Request> next) {
    if (delay == 0) {
      next.accept(request);
    } else {
      request.continueAfter(engine, delay, next);
    }
  }

  /** A payload has left node link {@code node}: on to the node where it is going, then on. */
  private void linked(Request request) {
    int stage = request.intAttribute(at.stage);
    double bytes = request.attribute(at.payload);
    int from = request.intAttribute(at.linkNode);
    if (stage == Stage.RESPONSE_OUT) {
      int to = request.intAttribute(at.entryNode);
      continueAfter(request, hops.crossNodes(request, from, to, bytes), delivered);
    } else if (stage == Stage.CALL_BACK) {
      int caller = request.intAttribute(at.podAt[request.intAttribute(at.depth) - 1]);
      continueAfter(request, hops.crossNodes(request, from, plan.podNode[caller], bytes)
          + hops.veth(request), calls.returned);
    } else {
      int to = plan.podNode[stage == Stage.TO_POD
          ? request.intAttribute(at.pod) : plan.controllers[controllerIndex(request)]];
      continueAfter(request, hops.crossNodes(request, from, to, bytes) + hops.veth(request),
          arrive);
    }
  }

  private void moveFromLoadBalancer(Request request, int pod, double delay) {
    if (plan.nodeZone[plan.podNode[pod]] != request.intAttribute(at.zone)) {
      delay += hops.crossZone(request, request.attribute(at.requestSize));
    }
    continueAfter(request, delay + hops.veth(request), arrive);
  }

  // ---- stations ----

  /** A request reaches the station its stage names. */
  private void arrive(Request request) {
    switch (request.intAttribute(at.stage)) {
      case Stage.TO_POD -> pods[request.intAttribute(at.pod)].arrive(request);
      case Stage.TO_CONTROLLER -> arriveAtController(request);
      case Stage.RESPONSE_TO_CONTROLLER -> controllers[controllerIndex(request)].arrive(request);
      default -> throw new IllegalStateException("request " + request.id()
          + " cannot arrive at a station in stage " + request.intAttribute(at.stage));
    }
  }

  private void arriveAtController(Request request) {
    int c = controllerIndex(request);
    if (controllerInFlight[c] >= plan.exposure.controller().orElseThrow().maxConnections()) {
      endpointChoice.ended(request);
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
    if (request.intAttribute(at.stage) == Stage.TO_CONTROLLER) {
      int pod = entries.backend(request, c, request.intAttribute(at.instance));
      request.setIntAttribute(at.pod, pod);
      request.setIntAttribute(at.stage, Stage.TO_POD);
      moveFromNode(request, from, pod, hops.veth(request), request.attribute(at.requestSize));
    } else {
      controllerInFlight[c]--;
      respondFrom(request, from, hops.veth(request));
    }
  }

  private void podServed(Request request) {
    double wait = request.serviceStartedAt() - request.stationArrivedAt();
    hops.book(request, Hop.POD_QUEUE, wait);
    hops.book(request, Hop.POD_SERVICE, engine.now() - request.serviceStartedAt());
    calls.podServed(request);
  }

  // ---- the way back ----

  /** The first pod has done its work and its calls: the response leaves it for the client. */
  void respond(Request request) {
    int pod = request.intAttribute(at.pod);
    double delay = hops.veth(request);
    double bytes = request.attribute(at.responseSize);
    if (plan.entry == Entry.INGRESS_CONTROLLER) {
      request.setIntAttribute(at.stage, Stage.RESPONSE_TO_CONTROLLER);
      moveFromNode(request, plan.podNode[pod], plan.controllers[controllerIndex(request)], delay,
          bytes);
      return;
    }
    if (plan.entry == Entry.LOAD_BALANCER_IP || plan.entry == Entry.INGRESS_CLOUD) {
      request.setIntAttribute(at.stage, Stage.RESPONSE_OUT);
      if (plan.nodeZone[plan.podNode[pod]] != request.intAttribute(at.zone)) {
        delay += hops.crossZone(request, bytes);
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
    request.setIntAttribute(at.stage, Stage.RESPONSE_OUT);
    int entry = request.intAttribute(at.entryNode);
    double bytes = request.attribute(at.responseSize);
    if (entry == node || !loadBalancerOnReturn && plan.entry != Entry.NODE_PORT) {
      continueAfter(request, delay, delivered);
    } else if (links[node] != null) {
      sendOverLink(request, node, bytes, delay);
    } else {
      continueAfter(request, delay + hops.crossNodes(request, node, entry, bytes), delivered);
    }
  }

  /**
   * The response is at the entry node (or the pod, for ip targets): back across zones to the load
   * balancer node that took the request, through the load balancer, and over the internet.
   */
  private void delivered(Request request) {
    double delay = 0;
    int entry = request.intAttribute(at.entryNode);
    if (loadBalancerOnReturn && entry >= 0 && plan.entry != Entry.NODE_PORT
        && plan.nodeZone[entry] != request.intAttribute(at.zone)) {
      delay += hops.crossZone(request, request.attribute(at.responseSize));
    }
    if (loadBalancerOnReturn) {
      delay += hops.loadBalancer(request);
    }
    delay += hops.internet(request);
    if (request.measured()) {
      traffic.internetEgressBytes += request.attribute(at.responseSize);
    }
    continueAfter(request, delay, completed);
  }

  private void completed(Request request) {
    double latency = engine.now() - request.createdAt();
    if (request.measured()) {
      int lb = plan.loadBalancerOf(request.intAttribute(at.instance));
      if (lb >= 0) {
        traffic.lbConnectionSeconds[lb] += latency;
      }
      if (latency > timeoutSeconds) {
        measurements.failed(ErrorCause.TIMEOUT);
      } else {
        measurements.succeeded(request, request.intAttribute(at.route), latency);
      }
    }
    endpointChoice.ended(request);
    left(request);
  }

  // ---- failures ----

  private void rejected(Request request) {
    calls.releaseCallers(request, request.intAttribute(at.depth) - 1);
    failInCluster(request, ErrorCause.REJECTED);
  }

  /**
   * A request that ends in the cluster — a pod's 503, a call nobody answered — after an ingress
   * controller took it gives the controller's connection back: the error goes back through it.
   */
  void failInCluster(Request request, ErrorCause cause) {
    if (plan.entry == Entry.INGRESS_CONTROLLER) {
      controllerInFlight[controllerIndex(request)]--;
    }
    endpointChoice.ended(request);
    fail(request, cause);
  }

  /**
   * A request that will get no answer goes on to {@code then} when its client gives up: its
   * timeout after the client sent it, or at once when that has passed.
   */
  void atClientTimeout(Request request, Consumer<Request> then) {
    continueAfter(request, Math.max(0, request.createdAt() + timeoutSeconds - engine.now()), then);
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

  private int controllerIndex(Request request) {
    return request.intAttribute(at.controller);
  }

  private static int pick(double[] cumulative, double u) {
    int i = 0;
    while (i < cumulative.length - 1 && u >= cumulative[i]) {
      i++;
    }
    return i;
  }

  private static double[] cumulativeWeights(WorkloadSpec workload) {
    double total = workload.mix().stream().mapToDouble(MixEntry::weight).sum();
    double[] cumulative = new double[workload.mix().size()];
    double sum = 0;
    for (int m = 0; m < cumulative.length; m++) {
      sum += workload.mix().get(m).weight();
      cumulative[m] = sum / total;
    }
    return cumulative;
  }
}
