package kubeplan.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kubeplan.cluster.PodRequest;
import kubeplan.cluster.Resources;

/**
 * The pods one exposure asks the cluster to place: every Service's replicas (each copy of an entry
 * its own Service) and, for an Ingress served by a controller, the controller's. The reader checks
 * that they fit and the model places them, from this one list.
 */
public final class PodRequests {
  /** The name of the ingress controller's own Service and pods. */
  public static final String CONTROLLER = "ingress-controller";

  /** Memory an ingress controller pod requests: ingress-nginx's Helm chart default, 90Mi. */
  public static final long CONTROLLER_MEMORY_BYTES = 90L << 20;

  private PodRequests() {}

  /** The pods of {@code services}, in order, then those of {@code controller}. */
  public static List<PodRequest> of(List<ServiceSpec> services,
      Optional<ControllerSpec> controller) {
    List<PodRequest> requests = new ArrayList<>();
    for (ServiceSpec spec : services) {
      for (String name : spec.serviceNames()) {
        requests.add(new PodRequest(name, spec.replicas(),
            spec.placement().isEmpty() ? Optional.empty() : Optional.of(spec.placement()),
            new Resources(spec.cpuMillis(), spec.memoryBytes())));
      }
    }
    controller.ifPresent(c -> requests.add(PodRequest.spread(CONTROLLER, c.replicas(),
        new Resources(c.cpuMillis(), CONTROLLER_MEMORY_BYTES))));
    return requests;
  }
}
