package kubeplan.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A placed cluster: its zones, nodes and pods, and each Service's endpoints. Immutable; built by
 * {@link Scheduler#place}.
 */
public final class Topology {
  private final ClusterSpec spec;
  private final List<Zone> zones;
  private final List<Node> nodes;
  private final List<Pod> pods;
  private final Map<String, List<Pod>> endpoints;
  private final List<List<Node>> nodesByZone;
  private final List<List<Pod>> podsByNode;
  private final List<Resources> requestedByNode;

  Topology(
      ClusterSpec spec,
      List<Node> nodes,
      List<Pod> pods,
      List<String> services,
      List<Resources> requestedByNode) {
    this.spec = spec;
    this.nodes = List.copyOf(nodes);
    this.pods = List.copyOf(pods);
    this.requestedByNode = List.copyOf(requestedByNode);
    List<Zone> allZones = new ArrayList<>();
    List<List<Node>> inZone = new ArrayList<>();
    for (int z = 0; z < spec.zones(); z++) {
      allZones.add(Zone.at(z));
      inZone.add(new ArrayList<>());
    }
    List<List<Pod>> onNode = new ArrayList<>();
    for (Node node : nodes) {
      inZone.get(node.zone().index()).add(node);
      onNode.add(new ArrayList<>());
    }
    Map<String, List<Pod>> byService = new LinkedHashMap<>();
    for (String service : services) {
      byService.put(service, new ArrayList<>());
    }
    for (Pod pod : pods) {
      onNode.get(pod.node().index()).add(pod);
      byService.get(pod.service()).add(pod);
    }
    this.zones = List.copyOf(allZones);
    this.nodesByZone = inZone.stream().map(List::copyOf).toList();
    this.podsByNode = onNode.stream().map(List::copyOf).toList();
    Map<String, List<Pod>> frozen = new LinkedHashMap<>();
    byService.forEach((service, endpointsOf) -> frozen.put(service, List.copyOf(endpointsOf)));
    this.endpoints = Collections.unmodifiableMap(frozen);
  }

  public ClusterSpec spec() {
    return spec;
  }

  public List<Zone> zones() {
    return zones;
  }

  public List<Node> nodes() {
    return nodes;
  }

  /** Every pod, in placement order ({@link Pod#index()}). */
  public List<Pod> pods() {
    return pods;
  }

  /** The Service names in the order they were placed, each with its pods (possibly none). */
  public Map<String, List<Pod>> endpoints() {
    return endpoints;
  }

  /**
   * The pods of {@code service}.
   *
   * @throws IllegalArgumentException if no pods were requested for that Service
   */
  public List<Pod> endpoints(String service) {
    List<Pod> found = endpoints.get(service);
    if (found == null) {
      throw new IllegalArgumentException(
          "unknown service '" + service + "'; placed services: " + endpoints.keySet());
    }
    return found;
  }

  public List<Node> nodesIn(Zone zone) {
    return nodesByZone.get(zone.index());
  }

  public List<Pod> podsOn(Node node) {
    return podsByNode.get(node.index());
  }

  /** What the placed pods and the per-node reserve request on {@code node}. */
  public Resources requested(Node node) {
    return requestedByNode.get(node.index());
  }
}
