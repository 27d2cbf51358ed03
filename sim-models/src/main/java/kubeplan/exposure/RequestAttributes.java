package kubeplan.exposure;

import kubeplan.queueing.RequestLayout;
import kubeplan.results.Hop;

/**
 * Where each attribute of an exposure's requests lives in the request: its route and Service, the
 * choices made on its way in, its sizes and demands, the uniforms drawn at creation, and the stack
 * of (pod, Service, next call) per call depth.
 */
final class RequestAttributes {
  final int route;
  final int instance;
  final int entryNode;
  final int zone;
  final int controller;
  final int pod;
  /** One of the {@link Stage} values: where the request goes when a link or delay releases it. */
  final int stage;
  final int requestSize;
  final int responseSize;
  final int demand;
  final int controllerTime;
  final int controllerResponseTime;
  final int payload;
  final int linkNode;
  final int client;
  final int depth;
  final int callSeed;
  final int draws;
  /** Per call depth: the pod, its Service instance, its next call and repeat, its answer's size. */
  final int[] podAt;
  final int[] instanceAt;
  final int[] callAt;
  final int[] repeatAt;
  final int[] returnBytesAt;
  final int entryUniform;
  final int nodeUniform;
  final int endpointUniform;
  final int backendUniform;
  final int copyUniform;
  final RequestLayout layout;

  /** The attributes of requests whose chains of calls are at most {@code depth} pods deep. */
  RequestAttributes(int depth) {
    RequestLayout.Builder builder = RequestLayout.builder();
    for (Hop hop : Hop.values()) {
      builder.hop(hop.text());
    }
    route = builder.intAttribute("route");
    instance = builder.intAttribute("instance");
    entryNode = builder.intAttribute("entry-node");
    zone = builder.intAttribute("lb-zone");
    controller = builder.intAttribute("controller");
    pod = builder.intAttribute("pod");
    stage = builder.intAttribute("stage");
    requestSize = builder.attribute("request-size");
    responseSize = builder.attribute("response-size");
    demand = builder.attribute("demand");
    controllerTime = builder.attribute("controller-time");
    controllerResponseTime = builder.attribute("controller-response-time");
    payload = builder.attribute("payload");
    linkNode = builder.intAttribute("link-node");
    client = builder.intAttribute("client");
    this.depth = builder.intAttribute("call-depth");
    callSeed = builder.attribute("call-seed");
    draws = builder.intAttribute("call-draws");
    podAt = new int[depth];
    instanceAt = new int[depth];
    callAt = new int[depth];
    repeatAt = new int[depth];
    returnBytesAt = new int[depth];
    for (int d = 0; d < depth; d++) {
      podAt[d] = builder.intAttribute("pod@" + d);
      instanceAt[d] = builder.intAttribute("instance@" + d);
      callAt[d] = builder.intAttribute("call@" + d);
      repeatAt[d] = builder.intAttribute("repeat@" + d);
      returnBytesAt[d] = builder.attribute("return-bytes@" + d);
    }
    entryUniform = builder.attribute("u-entry-zone");
    nodeUniform = builder.attribute("u-entry-node");
    endpointUniform = builder.attribute("u-endpoint");
    backendUniform = builder.attribute("u-backend");
    copyUniform = builder.attribute("u-copy");
    layout = builder.build();
  }
}
