package kubeplan.ingress;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The routing part of an Ingress ({@code spec.rules} and {@code spec.defaultBackend}), as read from
 * a {@code networking.k8s.io/v1} or older {@code v1beta1} manifest.
 *
 * @param rules the rules in manifest order (order does not affect matching); copied
 * @param defaultBackend where requests that match no rule go; empty means they get 404
 */
public record IngressRules(List<IngressRule> rules, Optional<IngressBackend> defaultBackend) {
  public IngressRules {
    rules = List.copyOf(rules);
    Objects.requireNonNull(defaultBackend, "defaultBackend");
  }
}
