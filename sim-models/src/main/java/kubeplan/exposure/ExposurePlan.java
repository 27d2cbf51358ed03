package kubeplan.exposure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kubeplan.cluster.Node;
import kubeplan.cluster.Pod;
import kubeplan.cluster.Topology;
import kubeplan.cluster.Zone;
import kubeplan.ingress.IngressBackend;
import kubeplan.ingress.IngressRouter;
import kubeplan.routing.EligibleEndpoints;
import kubeplan.routing.LoadBalancerTargets;
import kubeplan.routing.ServicePolicy;
import kubeplan.routing.TrafficPolicy;
import kubeplan.scenario.ExposureSpec;
import kubeplan.scenario.MixEntry;
import kubeplan.scenario.PodRequests;
import kubeplan.scenario.Scenario;
import kubeplan.scenario.ServiceSpec;

/**
 * Everything about one exposure at one sweep point that does not change between replications:
 * where the pods run, which Service each mix entry reaches, and which nodes and endpoints each
 * hop may choose from, as indices so that the simulation looks nothing up by name.
 */
final class ExposurePlan {
  final Scenario scenario;
  final ExposureSpec exposure;
  final Entry entry;
  final Topology topology;
  final ServiceInstances instances;
  final Latencies latencies;
  final List<Node> nodes;
  final List<Pod> pods;
  final int[] nodeZone;
  final int[] podNode;
  final int[] podInstance;
  /** Per mix entry, the instances it spreads over; empty when nothing routes it (404). */
  final int[][] routeInstances;
  /** Per instance, all its pods. */
  final int[][] endpoints;
  /** The ingress controller's pods; empty without a controller. */
  final int[] controllers;
  /** Per instance (or the controller, at index 0, for Ingress), zones whose LB node takes traffic. */
  final int[][] entryZones;
  /** Per instance (or controller) and zone: the nodes or pods the LB node there may send to. */
  final int[][][] entryTargets;
  /** Per instance (or controller) and entry node: the endpoints kube-proxy may choose. */
  final int[][][] proxyEndpoints;
  /** Service-to-service calls and their eligible endpoints. */
  final CallGraph calls;

  ExposurePlan(Scenario scenario, ExposureSpec exposure, Topology topology, Latencies latencies) {
    this.scenario = scenario;
    this.exposure = exposure;
    this.entry = entryOf(exposure);
    this.topology = topology;
    this.instances = new ServiceInstances(scenario.services());
    this.latencies = latencies;
    this.nodes = topology.nodes();
    this.pods = topology.pods();
    Map<Node, Integer> nodeIndex = new HashMap<>();
    nodeZone = new int[nodes.size()];
    for (int n = 0; n < nodes.size(); n++) {
      nodeIndex.put(nodes.get(n), n);
      nodeZone[n] = nodes.get(n).zone().index();
    }
    Map<String, Integer> instanceIndex = new HashMap<>();
    for (int i = 0; i < instances.size(); i++) {
      instanceIndex.put(instances.name(i), i);
    }
    Map<Pod, Integer> podIndex = new HashMap<>();
    podNode = new int[pods.size()];
    podInstance = new int[pods.size()];
    for (int p = 0; p < pods.size(); p++) {
      Pod pod = pods.get(p);
      podIndex.put(pod, p);
      podNode[p] = nodeIndex.get(pod.node());
      podInstance[p] = instanceIndex.getOrDefault(pod.service(), -1);
    }
    endpoints = new int[instances.size()][];
    for (int i = 0; i < instances.size(); i++) {
      endpoints[i] = indices(topology.endpoints(instances.name(i)), podIndex);
    }
    controllers = exposure.controller().isPresent()
        ? indices(topology.endpoints(PodRequests.CONTROLLER), podIndex) : new int[0];
    routeInstances = routes(scenario, exposure, instances);
    calls = new CallGraph(this, podIndex);

    boolean crossZone = exposure.loadBalancer().map(lb -> lb.crossZone()).orElse(true);
    int targets = entry == Entry.INGRESS_CONTROLLER ? 1 : instances.size();
    entryZones = new int[targets][];
    entryTargets = new int[targets][][];
    proxyEndpoints = new int[targets][][];
    for (int t = 0; t < targets; t++) {
      String service =
          entry == Entry.INGRESS_CONTROLLER ? PodRequests.CONTROLLER : instances.name(t);
      ServicePolicy policy = policy(t);
      switch (entry) {
        case LOAD_BALANCER_IP, INGRESS_CLOUD -> {
          LoadBalancerTargets<Pod> lb = LoadBalancerTargets.pods(topology, service, crossZone);
          entryZones[t] = zoneIndices(lb.entryZones(topology));
          entryTargets[t] = byZone(topology, zone -> indices(lb.from(zone), podIndex));
        }
        case LOAD_BALANCER_INSTANCE, INGRESS_CONTROLLER -> {
          LoadBalancerTargets<Node> lb = LoadBalancerTargets.instances(
              topology, service, policy.externalTrafficPolicy(), crossZone);
          entryZones[t] = zoneIndices(lb.entryZones(topology));
          entryTargets[t] = byZone(topology, zone -> indices(lb.from(zone), nodeIndex));
        }
        case NODE_PORT -> {
          entryZones[t] = new int[0];
          entryTargets[t] = new int[0][];
        }
      }
      proxyEndpoints[t] = new int[nodes.size()][];
      for (int n = 0; n < nodes.size(); n++) {
        proxyEndpoints[t][n] = indices(
            EligibleEndpoints.external(topology, service, policy, nodes.get(n)), podIndex);
      }
    }
  }

  /**
   * The cloud load balancers of this exposure: one per Service instance for LoadBalancer, one
   * shared for Ingress, none for NodePort.
   */
  int loadBalancers() {
    return switch (exposure.type()) {
      case NODE_PORT -> 0;
      case LOAD_BALANCER -> instances.size();
      case INGRESS -> 1;
    };
  }

  /** The load balancer a request to {@code instance} passes, or -1 for NodePort. */
  int loadBalancerOf(int instance) {
    return switch (exposure.type()) {
      case NODE_PORT -> -1;
      case LOAD_BALANCER -> instance;
      case INGRESS -> 0;
    };
  }

  /** The component name of load balancer {@code lb}: its Service's, or the shared exposure's. */
  String loadBalancerName(int lb) {
    return "load-balancer/"
        + (exposure.type() == ExposureSpec.ExposureType.LOAD_BALANCER
            ? instances.name(lb) : exposure.name());
  }

  /** The Kubernetes routing settings of target {@code t}: an instance, or the controller. */
  private ServicePolicy policy(int t) {
    if (entry == Entry.INGRESS_CONTROLLER) {
      TrafficPolicy policy = exposure.controller().orElseThrow().externalTrafficPolicy();
      return new ServicePolicy(policy, TrafficPolicy.CLUSTER, ServicePolicy.DEFAULT
          .trafficDistribution());
    }
    ServiceSpec spec = instances.spec(t);
    return new ServicePolicy(
        exposure.externalTrafficPolicy().orElse(spec.externalTrafficPolicy()),
        spec.internalTrafficPolicy(),
        spec.trafficDistribution());
  }

  private static Entry entryOf(ExposureSpec exposure) {
    return switch (exposure.type()) {
      case NODE_PORT -> Entry.NODE_PORT;
      case LOAD_BALANCER -> exposure.loadBalancer().orElseThrow().targetType()
          == kubeplan.scenario.LoadBalancerSpec.TargetType.IP
          ? Entry.LOAD_BALANCER_IP : Entry.LOAD_BALANCER_INSTANCE;
      case INGRESS -> exposure.implementation() == ExposureSpec.IngressImplementation.CLOUD
          ? Entry.INGRESS_CLOUD : Entry.INGRESS_CONTROLLER;
    };
  }

  /*
   * Every exposure serves the same traffic: a host/path entry goes to the Service the Ingress
   * rules pick, whatever the exposure, and a Service entry goes to that Service.
   */
  private static int[][] routes(Scenario scenario, ExposureSpec exposure,
      ServiceInstances instances) {
    IngressRouter router = new IngressRouter(exposure.ingress());
    List<MixEntry> mix = scenario.workload().mix();
    int[][] routes = new int[mix.size()][];
    for (int m = 0; m < mix.size(); m++) {
      MixEntry.Target target = mix.get(m).target();
      Optional<String> service;
      if (target instanceof MixEntry.HostPath hostPath) {
        service = router.route(hostPath.host(), hostPath.path()).map(IngressBackend::service);
      } else {
        service = Optional.of(((MixEntry.ServiceTarget) target).service());
      }
      routes[m] = service.map(instances::of).orElse(new int[0]);
    }
    return routes;
  }

  private static int[] indices(List<?> items, Map<?, Integer> index) {
    int[] result = new int[items.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = index.get(items.get(i));
    }
    return result;
  }

  private static int[] zoneIndices(List<Zone> zones) {
    return zones.stream().mapToInt(Zone::index).toArray();
  }

  private static int[][] byZone(Topology topology, java.util.function.Function<Zone, int[]> of) {
    List<int[]> result = new ArrayList<>();
    for (Zone zone : topology.zones()) {
      result.add(of.apply(zone));
    }
    return result.toArray(new int[0][]);
  }
}
