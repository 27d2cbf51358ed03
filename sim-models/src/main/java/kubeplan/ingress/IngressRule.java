package kubeplan.ingress;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One rule of an Ingress: the host it applies to and its paths.
 *
 * @param host an exact host ({@code foo.bar.com}), a wildcard of one leading label ({@code
 *     *.bar.com}), or empty for every host
 * @param paths the rule's paths; copied
 */
public record IngressRule(Optional<String> host, List<IngressPath> paths) {
  public IngressRule {
    Objects.requireNonNull(host, "host");
    paths = List.copyOf(paths);
    host.ifPresent(IngressRule::requireValidHost);
  }

  private static void requireValidHost(String host) {
    if (host.isEmpty()) {
      throw new IllegalArgumentException(
          "ingress host must not be empty; omit it to match any host");
    }
    String exactPart = host.startsWith("*.") ? host.substring(2) : host;
    if (exactPart.isEmpty() || exactPart.contains("*")) {
      throw new IllegalArgumentException(
          "ingress host '"
              + host
              + "': a wildcard is allowed only as the whole first label ('*.')");
    }
  }
}
