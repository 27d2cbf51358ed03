package kubeplan.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import kubeplan.random.Distribution;

/**
 * One Kubernetes Service and the pods behind it, from the scenario's {@code services:} merged with
 * the manifests' Service and Deployment or StatefulSet of the same name (the scenario wins).
 *
 * @param name the Service's name; with {@code copies > 1} the Services are {@code name-0} …
 * @param copies how many identical Services this entry stands for (default 1)
 * @param type the Service's type as declared (default ClusterIP); exposures decide the topology
 * @param replicas pods behind each copy (default: the manifest's, else 1)
 * @param placement pods per zone name; empty to spread round-robin over zones, then nodes
 * @param concurrency requests one pod serves at once (default 1)
 * @param queueLimit requests waiting per pod beyond which new ones get 503; empty when unbounded
 * @param serviceTime a pod's work per request, in seconds
 * @param requestSize bytes sent to the pod per request (default 1 KiB)
 * @param responseSize bytes sent back per request (default 1 KiB)
 * @param cpuMillis CPU request per pod in millicores (default: the manifest's, else 0)
 * @param memoryBytes memory request per pod in bytes (default: the manifest's, else 0)
 * @param sessionAffinity whether kube-proxy pins a client to one endpoint (default None)
 * @param externalTrafficPolicy of the Service when exposed (default Cluster); an exposure's own
 *     setting overrides it
 * @param internalTrafficPolicy whether in-cluster callers reach only their node's endpoints
 * @param trafficDistribution whether callers prefer endpoints in their zone (default none)
 * @param calls the services one request calls, in order, after its service time
 * @param ports the Service's ports (may be empty: any port then matches)
 */
public record ServiceSpec(
    String name,
    int copies,
    ServiceType type,
    int replicas,
    Map<String, Integer> placement,
    int concurrency,
    OptionalInt queueLimit,
    Distribution serviceTime,
    Distribution requestSize,
    Distribution responseSize,
    long cpuMillis,
    long memoryBytes,
    SessionAffinity sessionAffinity,
    TrafficPolicy externalTrafficPolicy,
    TrafficPolicy internalTrafficPolicy,
    TrafficDistribution trafficDistribution,
    List<CallSpec> calls,
    List<ServicePort> ports) {

  public ServiceSpec {
    Objects.requireNonNull(name, "name");
    if (copies < 1) {
      throw new IllegalArgumentException("copies must be >= 1: " + copies);
    }
    Objects.requireNonNull(type, "type");
    if (replicas < 1) {
      throw new IllegalArgumentException("replicas must be >= 1: " + replicas);
    }
    placement = Collections.unmodifiableMap(new LinkedHashMap<>(placement));
    if (!placement.isEmpty()
        && placement.values().stream().mapToInt(Integer::intValue).sum() != replicas) {
      throw new IllegalArgumentException(
          "placement " + placement + " must add up to replicas " + replicas);
    }
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be >= 1: " + concurrency);
    }
    if (queueLimit.isPresent() && queueLimit.getAsInt() < 0) {
      throw new IllegalArgumentException("queueLimit cannot be negative: " + queueLimit);
    }
    Objects.requireNonNull(serviceTime, "serviceTime");
    Objects.requireNonNull(requestSize, "requestSize");
    Objects.requireNonNull(responseSize, "responseSize");
    if (cpuMillis < 0 || memoryBytes < 0) {
      throw new IllegalArgumentException("resource requests cannot be negative");
    }
    Objects.requireNonNull(sessionAffinity, "sessionAffinity");
    Objects.requireNonNull(externalTrafficPolicy, "externalTrafficPolicy");
    Objects.requireNonNull(internalTrafficPolicy, "internalTrafficPolicy");
    Objects.requireNonNull(trafficDistribution, "trafficDistribution");
    calls = List.copyOf(calls);
    ports = List.copyOf(ports);
  }

  /** The names of the Services this entry stands for: {@code name}, or {@code name-0} …. */
  public List<String> serviceNames() {
    if (copies == 1) {
      return List.of(name);
    }
    String[] names = new String[copies];
    for (int i = 0; i < copies; i++) {
      names[i] = name + "-" + i;
    }
    return List.of(names);
  }

  /** The Service types of Kubernetes; the type of a manifest without {@code type} is ClusterIP. */
  public enum ServiceType {
    CLUSTER_IP,
    NODE_PORT,
    LOAD_BALANCER
  }

  /** Kubernetes' {@code sessionAffinity}: ClientIP pins a client to one endpoint (10,800 s). */
  public enum SessionAffinity {
    NONE,
    CLIENT_IP
  }

  /** Kubernetes' {@code trafficDistribution}: PreferClose keeps traffic in the caller's zone. */
  public enum TrafficDistribution {
    NONE,
    PREFER_CLOSE
  }
}
