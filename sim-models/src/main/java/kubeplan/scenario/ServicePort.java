package kubeplan.scenario;

import java.util.Objects;

/**
 * One port of a Service, as a manifest or the scenario declares it.
 *
 * @param name the port's name, empty when unnamed
 * @param port the Service port, 1–65535
 * @param targetPort the pod's port as written (a number or a named container port)
 */
public record ServicePort(String name, int port, String targetPort) {
  public ServicePort {
    Objects.requireNonNull(name, "name");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be in 1..65535: " + port);
    }
    Objects.requireNonNull(targetPort, "targetPort");
  }

  /** Whether an Ingress backend's port, as written (number or name), designates this port. */
  public boolean matches(String backendPort) {
    return backendPort.equals(Integer.toString(port))
        || (!name.isEmpty() && backendPort.equals(name));
  }
}
