package kubeplan.ingress;

import java.util.Objects;

/**
 * The Service port an Ingress rule sends matching requests to.
 *
 * @param service the Service name
 * @param port the port as the manifest writes it: a number ({@code "8080"}), a port name ({@code
 *     "http"}), or {@code ""} when the manifest gives none
 */
public record IngressBackend(String service, String port) {
  public IngressBackend {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(port, "port");
    if (service.isBlank()) {
      throw new IllegalArgumentException("backend service name must not be blank");
    }
  }
}
