package kubeplan.scenario;

import java.util.Objects;

/**
 * One kind of request of the workload's mix.
 *
 * @param route the entry as written, the {@code route} column of routes.csv: {@code host/path} (the
 *     host may be empty) or the service's name
 * @param target what the request asks for
 * @param weight its relative share of requests, positive
 */
public record MixEntry(String route, Target target, double weight) {
  public MixEntry {
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(target, "target");
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("weight must be positive: " + weight);
    }
  }

  /** What a request asks for: a URL routed by Ingress rules, or a Service by name. */
  public sealed interface Target permits HostPath, ServiceTarget {}

  /**
   * An HTTP request for {@code host} and {@code path}, routed by the exposure's Ingress rules.
   *
   * @param host the Host header, empty to match only rules without a host
   * @param path the request path, starting with {@code /} (default {@code /})
   */
  public record HostPath(String host, String path) implements Target {
    public HostPath {
      Objects.requireNonNull(host, "host");
      if (!path.startsWith("/")) {
        throw new IllegalArgumentException("path must start with '/': " + path);
      }
    }
  }

  /**
   * A Service reached directly; through an Ingress it is requested with host = its name. With
   * {@code copies > 1} requests spread evenly over the copies.
   *
   * @param service the name of a {@link ServiceSpec}
   */
  public record ServiceTarget(String service) implements Target {
    public ServiceTarget {
      Objects.requireNonNull(service, "service");
    }
  }
}
