package kubeplan.plan;

import java.util.Optional;
import kubeplan.cluster.NodeType;
import kubeplan.cluster.PodRequest;
import kubeplan.cluster.Resources;
import kubeplan.scenario.ExposureSpec;
import kubeplan.scenario.Scenario;
import kubeplan.scenario.ServiceSpec;

/**
 * The fewest nodes of one type that any placement of a configuration's pods needs: a bound, not
 * the scheduler's answer, so it also bounds every configuration with at least as many pods.
 */
final class NodeBound {
  /*
   * No placement uses fewer nodes than (1) the zones (count: auto spreads over every zone), (2)
   * the pods' total CPU or memory requests over one node's allocatable, rounded up, or (3) the
   * pods that each request more than half a node's allocatable CPU (or memory): no two of them
   * share a node. The pods are every Service's and the ingress controller's, with the memory the
   * model gives a controller pod, from the same list the model places (PodRequests). Every term
   * only grows with the pods, so the bound of a configuration bounds every configuration above it.
   */

  private final Scenario base;
  private final ExposureSpec exposure;

  NodeBound(Scenario base, ExposureSpec exposure) {
    this.base = base;
    this.exposure = exposure;
  }

  /** The lower bound on the nodes of {@code type} holding {@code configuration}'s pods. */
  int nodes(Configuration configuration, NodeType type) {
    Resources capacity = type.allocatable();
    long cpu = 0;
    long memory = 0;
    int bigCpu = 0;
    int bigMemory = 0;
    for (PodRequest pods : Variants.pods(base, configuration)) {
      Resources each = pods.requests();
      cpu += pods.replicas() * each.cpuMillis();
      memory += pods.replicas() * each.memoryBytes();
      bigCpu += 2 * each.cpuMillis() > capacity.cpuMillis() ? pods.replicas() : 0;
      bigMemory += 2 * each.memoryBytes() > capacity.memoryBytes() ? pods.replicas() : 0;
    }
    long byRequests = Math.max(ceiling(cpu, capacity.cpuMillis()),
        ceiling(memory, capacity.memoryBytes()));
    return (int) Math.max(Math.max(base.cluster().zones(), byRequests),
        Math.max(bigCpu, bigMemory));
  }

  /**
   * Why a pod of the exposure fits on no node of {@code type}, e.g. {@code "a checkout pod
   * requests 3000m CPU and 512 MiB; an m6i.large node has 1930m and 7.1 GiB allocatable"};
   * empty when every pod fits on an empty node.
   */
  Optional<String> podTooLarge(NodeType type) {
    Resources capacity = type.allocatable();
    for (ServiceSpec spec : base.services()) {
      if (spec.cpuMillis() > capacity.cpuMillis() || spec.memoryBytes() > capacity.memoryBytes()) {
        return Optional.of(tooLarge("a " + spec.name() + " pod", spec.cpuMillis(), type));
      }
    }
    return exposure.controller().filter(c -> c.cpuMillis() > capacity.cpuMillis())
        .map(c -> tooLarge("an ingress controller pod", c.cpuMillis(), type));
  }

  private static String tooLarge(String pod, long cpuMillis, NodeType type) {
    return pod + " (" + cpuMillis + "m CPU) fits on no " + type.name() + " node, which has "
        + type.allocatable().cpuMillis() + "m CPU and "
        + Plan.number(type.allocatable().memoryBytes() / (double) (1L << 30))
        + " GiB allocatable";
  }

  private static long ceiling(long demand, long perNode) {
    return (demand + perNode - 1) / perNode;
  }
}
