package kubeplan.scenario;

import java.util.Objects;

/**
 * A call a pod makes to another Service while serving a request, through that Service's ClusterIP.
 *
 * @param service the callee's name (a {@link ServiceSpec#name()} of the scenario)
 * @param probability the chance the call happens for one request, in (0, 1] (default 1)
 * @param count how many times it is made when it happens (default 1)
 */
public record CallSpec(String service, double probability, int count) {
  public CallSpec {
    Objects.requireNonNull(service, "service");
    if (!(probability > 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be in (0, 1]: " + probability);
    }
    if (count < 1) {
      throw new IllegalArgumentException("count must be >= 1: " + count);
    }
  }
}
