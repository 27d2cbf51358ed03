package kubeplan.scenario;

import java.util.Objects;
import java.util.Optional;
import kubeplan.random.Distribution;
import kubeplan.routing.TrafficPolicy;

/**
 * An in-cluster ingress controller: event-driven proxy pods behind their own LoadBalancer Service.
 *
 * @param replicas controller pods (default 2)
 * @param cpuMillis CPU per replica in millicores, for cost and node packing (default 1000)
 * @param concurrency requests processed at once per replica (default: cpu in cores, rounded up)
 * @param maxConnections requests in flight per replica beyond which it answers 503 (default 4096)
 * @param processingTime CPU work per request including rule matching; empty for the profile's
 *     default (zero under {@code network: ideal})
 * @param responseProcessingTime work on the way back; empty for none
 * @param balancing how it picks a backend pod (default round robin)
 * @param externalTrafficPolicy of the controller's own LoadBalancer Service (default Cluster)
 */
public record ControllerSpec(
    int replicas,
    long cpuMillis,
    int concurrency,
    int maxConnections,
    Optional<Distribution> processingTime,
    Optional<Distribution> responseProcessingTime,
    Balancing balancing,
    TrafficPolicy externalTrafficPolicy) {

  public ControllerSpec {
    if (replicas < 1) {
      throw new IllegalArgumentException("controller replicas must be >= 1: " + replicas);
    }
    if (cpuMillis < 1) {
      throw new IllegalArgumentException("controller cpu must be positive: " + cpuMillis + "m");
    }
    if (concurrency < 1) {
      throw new IllegalArgumentException("controller concurrency must be >= 1: " + concurrency);
    }
    if (maxConnections < concurrency) {
      throw new IllegalArgumentException(
          "maxConnections " + maxConnections + " must be >= concurrency " + concurrency);
    }
    Objects.requireNonNull(processingTime, "processingTime");
    Objects.requireNonNull(responseProcessingTime, "responseProcessingTime");
    Objects.requireNonNull(balancing, "balancing");
    Objects.requireNonNull(externalTrafficPolicy, "externalTrafficPolicy");
  }

  /** How the controller picks a backend pod for each request. */
  public enum Balancing {
    ROUND_ROBIN,
    RANDOM,
    LEAST_CONNECTIONS,
    EWMA
  }
}
