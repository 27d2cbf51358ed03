package kubeplan.scenario;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import kubeplan.cluster.NodeCatalog;
import kubeplan.cluster.NodeType;
import kubeplan.cluster.PodRequest;
import kubeplan.cluster.Resources;
import kubeplan.cluster.Scheduler;
import kubeplan.cluster.UnschedulablePodException;

/**
 * Checks, before anything runs, that the cluster holds every exposure's pods as the model will
 * place them ({@link Scheduler}), and reports what does not fit at the field at fault: a pod larger
 * than a node's allocatable at its Service's {@code cpu} or {@code memory}; pods that do not all
 * fit a fixed number of nodes at {@code cluster.nodes.count}.
 */
final class PlacementCheck {
  private static final long MEBIBYTE = 1L << 20;
  private static final long GIBIBYTE = 1L << 30;

  private final ValueReader values;
  private final TreeField nodes;
  private final List<ServiceBinder.Bound> services;
  private final List<ExposureBinder.Bound> exposures;

  /**
   * @param nodes the {@code cluster.nodes} field
   * @param services the bound services, each with the field it came from
   * @param exposures the bound exposures, each with the field it came from
   */
  PlacementCheck(ValueReader values, TreeField nodes, List<ServiceBinder.Bound> services,
      List<ExposureBinder.Bound> exposures) {
    this.values = values;
    this.nodes = nodes;
    this.services = services;
    this.exposures = exposures;
  }

  /** Reports every problem of placing the pods on the nodes of {@code cluster}. */
  void check(ClusterSpec cluster) {
    String typeName = cluster.nodes().type();
    Optional<NodeType> found = NodeCatalog.builtIn().find(typeName);
    if (found.isEmpty()) {
      values.report(nodes.child("type"), "unknown node type '" + typeName + "'; known: "
          + String.join(", ", NodeCatalog.builtIn().names())
          + Suggestion.didYouMean(typeName, NodeCatalog.builtIn().names()));
      return;
    }
    NodeType type = found.get();
    boolean everyPodFits = true;
    for (ServiceBinder.Bound service : services) {
      ServiceSpec spec = service.spec();
      everyPodFits &= fitsOneNode("a pod of '" + spec.name() + "'",
          new Resources(spec.cpuMillis(), spec.memoryBytes()), type,
          service.field().child("cpu"), service.field().child("memory"));
    }
    for (ExposureBinder.Bound exposure : exposures) {
      Optional<ControllerSpec> controller = exposure.spec().controller();
      if (controller.isPresent()) {
        TreeField field = exposure.field().child("controller");
        everyPodFits &= fitsOneNode(
            "an ingress controller pod of exposure '" + exposure.spec().name() + "'",
            new Resources(controller.get().cpuMillis(), PodRequests.CONTROLLER_MEMORY_BYTES),
            type, field.child("cpu"), field);
      }
    }
    if (everyPodFits && cluster.nodes().count().isPresent()) {
      checkCount(cluster.nodes().count().getAsInt(), cluster.zones(), type);
    }
  }

  /** Whether one pod asking {@code asked} fits an empty node; reports the resource that does not. */
  private boolean fitsOneNode(String pod, Resources asked, NodeType type, TreeField cpu,
      TreeField memory) {
    Resources allocatable = type.allocatable();
    boolean fits = true;
    if (asked.cpuMillis() > allocatable.cpuMillis()) {
      values.report(cpu, pod + " requests " + cores(asked.cpuMillis()) + " CPU, but a node of type "
          + type.name() + " has " + cores(allocatable.cpuMillis()) + " CPU allocatable");
      fits = false;
    }
    if (asked.memoryBytes() > allocatable.memoryBytes()) {
      values.report(memory, pod + " requests " + bytes(asked.memoryBytes())
          + " of memory, but a node of type " + type.name() + " has "
          + bytes(allocatable.memoryBytes()) + " allocatable");
      fits = false;
    }
    return fits;
  }

  /**
   * Places the Services' pods, and each controller's with them, on {@code count} nodes as the
   * model will; reports the first pod that finds no room, and the count that would do.
   */
  private void checkCount(int count, int zones, NodeType type) {
    TreeField countField = nodes.child("count");
    if (count < zones) {
      values.report(countField, count + " nodes cannot give each of the " + zones
          + " zones a node; give at least " + zones + ", or auto");
      return;
    }
    List<ServiceSpec> specs = services.stream().map(ServiceBinder.Bound::spec).toList();
    if (!fits(PodRequests.of(specs, Optional.empty()), count, zones, type, countField, "")) {
      return;
    }
    for (ExposureBinder.Bound exposure : exposures) {
      if (exposure.spec().controller().isPresent()) {
        fits(PodRequests.of(specs, exposure.spec().controller()), count, zones, type, countField,
            " of exposure '" + exposure.spec().name() + "' (its ingress controller's included)");
      }
    }
  }

  private boolean fits(List<PodRequest> pods, int count, int zones, NodeType type,
      TreeField countField, String whose) {
    try {
      Scheduler.place(new kubeplan.cluster.ClusterSpec(zones, count, type, Resources.NONE), pods);
      return true;
    } catch (UnschedulablePodException e) {
      int enough = Scheduler.fewestNodes(zones, type, Resources.NONE, pods).nodes();
      values.report(countField, count + " nodes of type " + type.name()
          + " cannot hold every pod" + whose + ": " + e.getMessage() + "; " + enough
          + " would (or write count: auto)");
      return false;
    }
  }

  /** Millicores as cores: {@code 1930} as {@code 1.93}. */
  private static String cores(long millis) {
    return BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString();
  }

  /** Bytes as a Kubernetes quantity: whole GiB as {@code Gi}, else whole MiB as {@code Mi}. */
  private static String bytes(long amount) {
    if (amount % GIBIBYTE == 0) {
      return amount / GIBIBYTE + "Gi";
    }
    if (amount % MEBIBYTE == 0) {
      return amount / MEBIBYTE + "Mi";
    }
    return amount + " bytes";
  }
}
