package kubeplan.cluster;

/**
 * How a managed Kubernetes offering reserves a node's CPU and memory for the kubelet, the container
 * runtime and the OS, leaving the rest allocatable to pods.
 */
public enum Reservation {
  /** Amazon EKS AMIs: GKE's CPU ladder; memory 11 MiB per pod the node can hold + 255 MiB. */
  EKS,
  /** GKE: CPU 6 % / 1 % / 0.5 % / 0.25 % ladder; memory 25 % / 20 % / 10 % / 6 % / 2 % ladder. */
  GKE,
  /** AKS 1.29+: CPU by core-count table; memory min(20 MiB per pod + 50 MiB, 25 %). */
  AKS;

  /*
   * Sources (docs/model.md, "Node types"):
   * EKS: awslabs/amazon-eks-ami bootstrap (kube-reserved cpu ladder, memory 11 * maxPods + 255 MiB,
   *      eviction-hard memory.available < 100Mi); maxPods from the VPC CNI ENI formula.
   * GKE: https://cloud.google.com/kubernetes-engine/docs/concepts/plan-node-sizes
   *      (eviction threshold 100 MiB).
   * AKS: https://learn.microsoft.com/azure/aks/node-resource-reservations (1.29 and later;
   *      eviction 100 Mi). The page writes "MB"; kubeplan reads MiB (estimate).
   */

  private static final long MIB = 1L << 20;
  private static final long GIB = 1L << 30;
  private static final long EVICTION_THRESHOLD = 100 * MIB;
  private static final int[] AKS_CORES = {1, 2, 4, 8, 16, 32, 64};
  private static final int[] AKS_CPU_MILLIS = {60, 100, 140, 180, 260, 420, 740};

  /** The node type a machine of this size becomes under this reservation. */
  public NodeType nodeType(String name, int vcpus, long memoryBytes, int maxPods) {
    Resources reserved =
        new Resources(reservedCpuMillis(vcpus), reservedMemory(memoryBytes, maxPods));
    return new NodeType(
        name, vcpus, memoryBytes, new Resources(vcpus * 1000L, memoryBytes).minus(reserved));
  }

  long reservedCpuMillis(int vcpus) {
    if (this == AKS) {
      for (int i = AKS_CORES.length - 1; i >= 0; i--) {
        if (vcpus >= AKS_CORES[i]) {
          return AKS_CPU_MILLIS[i];
        }
      }
      throw new IllegalArgumentException("vcpus must be positive: " + vcpus);
    }
    // In tenths of a millicore: 6 % of core 1, 1 % of core 2, 0.5 % of cores 3-4, 0.25 % beyond.
    long tenths =
        600L * Math.min(vcpus, 1)
            + 100L * clamp(vcpus - 1, 1)
            + 50L * clamp(vcpus - 2, 2)
            + 25L * Math.max(vcpus - 4, 0);
    return (tenths + 9) / 10;
  }

  long reservedMemory(long memoryBytes, int maxPods) {
    long kubeReserved =
        switch (this) {
          case EKS -> (11L * maxPods + 255) * MIB;
          case GKE -> memoryBytes < GIB ? 255 * MIB : gkeMemoryLadder(memoryBytes);
          case AKS -> Math.min((20L * maxPods + 50) * MIB, memoryBytes / 4);
        };
    return kubeReserved + EVICTION_THRESHOLD;
  }

  private static long gkeMemoryLadder(long memoryBytes) {
    long[] bandEnds = {4 * GIB, 8 * GIB, 16 * GIB, 128 * GIB, Long.MAX_VALUE};
    int[] percent = {25, 20, 10, 6, 2};
    long reserved = 0;
    long bandStart = 0;
    for (int i = 0; i < bandEnds.length && memoryBytes > bandStart; i++) {
      long inBand = Math.min(memoryBytes, bandEnds[i]) - bandStart;
      reserved += inBand * percent[i] / 100;
      bandStart = bandEnds[i];
    }
    return reserved;
  }

  private static long clamp(int value, int max) {
    return Math.max(0, Math.min(value, max));
  }
}
