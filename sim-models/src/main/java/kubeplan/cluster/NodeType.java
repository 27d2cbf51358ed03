package kubeplan.cluster;

import java.util.Objects;

/**
 * A machine type as the cluster sees it: its size, and what the kubelet leaves for pods after the
 * provider's reservations ({@code allocatable}).
 *
 * @param name the provider's name, e.g. {@code m6i.large}
 * @param vcpus virtual CPUs of the machine
 * @param memoryBytes the machine's nominal memory
 * @param allocatable CPU and memory pods may request on one node
 */
public record NodeType(String name, int vcpus, long memoryBytes, Resources allocatable) {
  public NodeType {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(allocatable, "allocatable");
    if (vcpus <= 0) {
      throw new IllegalArgumentException(
          "node type " + name + ": vcpus must be positive: " + vcpus);
    }
    if (allocatable.cpuMillis() == 0 || allocatable.memoryBytes() == 0) {
      throw new IllegalArgumentException(
          "node type " + name + ": allocatable CPU and memory must be positive: " + allocatable);
    }
    if (allocatable.cpuMillis() > vcpus * 1000L || allocatable.memoryBytes() > memoryBytes) {
      throw new IllegalArgumentException(
          "node type "
              + name
              + ": allocatable "
              + allocatable
              + " exceeds the machine ("
              + vcpus
              + " vCPU, "
              + memoryBytes
              + " B)");
    }
  }
}
