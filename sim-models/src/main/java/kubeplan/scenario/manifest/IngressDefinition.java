package kubeplan.scenario.manifest;

import java.util.List;
import java.util.Objects;
import kubeplan.ingress.IngressBackend;
import kubeplan.ingress.IngressRules;
import kubeplan.scenario.tree.Position;

/**
 * Ingress rules read from a manifest or written inline, with where each backend was named, so that
 * a backend naming a missing Service or port is reported there.
 *
 * @param name the Ingress's name ({@code metadata.name}, or the exposure's for inline rules)
 * @param position where the Ingress starts
 * @param rules the rules
 * @param backends every backend of the rules and the default backend, with its position
 */
public record IngressDefinition(
    String name, Position position, IngressRules rules, List<BackendReference> backends) {
  public IngressDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(rules, "rules");
    backends = List.copyOf(backends);
  }

  /**
   * A backend and where it was written.
   *
   * @param backend the Service and port
   * @param field the backend's field path in its file, for messages
   * @param service where the Service's name is written
   * @param port where the port is written (the service's position when no port is written)
   */
  public record BackendReference(
      IngressBackend backend, String field, Position service, Position port) {
    public BackendReference {
      Objects.requireNonNull(backend, "backend");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(service, "service");
      Objects.requireNonNull(port, "port");
    }
  }
}
