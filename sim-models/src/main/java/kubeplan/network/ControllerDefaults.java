package kubeplan.network;

import java.util.Objects;
import kubeplan.random.Distribution;

/**
 * Defaults for an in-cluster ingress controller (ingress-nginx) where the scenario leaves them out.
 *
 * @param processingTime worker CPU time per request, in seconds, incl. rule matching
 * @param responseProcessingTime worker CPU time per response on the way back, in seconds
 * @param maxConnectionsPerWorker requests one worker keeps in flight before answering 503
 */
public record ControllerDefaults(
    Distribution processingTime, Distribution responseProcessingTime, int maxConnectionsPerWorker) {
  public ControllerDefaults {
    Objects.requireNonNull(processingTime, "processingTime");
    Objects.requireNonNull(responseProcessingTime, "responseProcessingTime");
    if (maxConnectionsPerWorker <= 0) {
      throw new IllegalArgumentException(
          "maxConnectionsPerWorker must be positive: " + maxConnectionsPerWorker);
    }
  }

  /** Worker processes of a replica with {@code cpuMillis} of CPU: one per CPU, rounded up. */
  public int concurrency(long cpuMillis) {
    if (cpuMillis <= 0) {
      throw new IllegalArgumentException("controller cpu must be positive: " + cpuMillis + "m");
    }
    return Math.toIntExact((cpuMillis + 999) / 1000);
  }

  /** Requests in flight per replica of {@code workers} workers before it answers 503. */
  public int maxConnections(int workers) {
    return (int) Math.min(Integer.MAX_VALUE, (long) maxConnectionsPerWorker * workers);
  }

  public ControllerDefaults withProcessingTime(Distribution time) {
    return new ControllerDefaults(time, responseProcessingTime, maxConnectionsPerWorker);
  }

  public ControllerDefaults withResponseProcessingTime(Distribution time) {
    return new ControllerDefaults(processingTime, time, maxConnectionsPerWorker);
  }
}
