package kubeplan.cluster;

import java.util.Locale;

/**
 * An amount of node capacity: CPU in millicores and memory in bytes, as Kubernetes requests and
 * allocatable count them.
 */
public record Resources(long cpuMillis, long memoryBytes) {
  /** Nothing: the identity of {@link #plus}. */
  public static final Resources NONE = new Resources(0, 0);

  public Resources {
    if (cpuMillis < 0) {
      throw new IllegalArgumentException("cpu must not be negative: " + cpuMillis + "m");
    }
    if (memoryBytes < 0) {
      throw new IllegalArgumentException("memory must not be negative: " + memoryBytes + " B");
    }
  }

  public Resources plus(Resources other) {
    return new Resources(cpuMillis + other.cpuMillis, memoryBytes + other.memoryBytes);
  }

  /** This minus {@code other}; refused if the result would be negative. */
  public Resources minus(Resources other) {
    return new Resources(cpuMillis - other.cpuMillis, memoryBytes - other.memoryBytes);
  }

  /** This amount {@code n} times. */
  public Resources times(int n) {
    return new Resources(Math.multiplyExact(cpuMillis, n), Math.multiplyExact(memoryBytes, n));
  }

  /** Whether {@code other} fits in this amount, resource by resource. */
  public boolean fits(Resources other) {
    return other.cpuMillis <= cpuMillis && other.memoryBytes <= memoryBytes;
  }

  /** As Kubernetes quantities: {@code cpu 1500m, memory 512Mi}. */
  @Override
  public String toString() {
    return "cpu " + cpuMillis + "m, memory " + mebibytes(memoryBytes) + "Mi";
  }

  private static String mebibytes(long bytes) {
    long whole = bytes >> 20;
    return (bytes & ((1L << 20) - 1)) == 0
        ? Long.toString(whole)
        : String.format(Locale.ROOT, "%.1f", bytes / (double) (1L << 20));
  }
}
