package kubeplan.ingress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the backend of a request (host, path) as an Ingress v1 controller does: the most specific
 * matching host first, then the longest matching path, Exact before Prefix.
 */
public final class IngressRouter {
  /*
   * Host: a rule's host is exact ("foo.bar.com"), a wildcard of one leading label ("*.bar.com":
   * "x.bar.com" matches, "y.x.bar.com" and "bar.com" do not) or absent (any host) [1]. A request
   * takes the paths of the most specific host that matches it -- exact, else wildcard, else the
   * rules without host -- and does not fall through to a less specific host when none of those
   * paths match: like ingress-nginx (one server block per host) and GCE URL maps (one path matcher
   * per host rule), it then goes to the default backend [2]. Rules with the same host pool their
   * paths, as controllers merge them.
   *
   * Path: the longest matching path wins; on equal length Exact beats Prefix; YAML order does not
   * matter [1], except between two paths of the same type and normalised length, where the first
   * written wins (Kubernetes leaves it open). Prefix compares whole path elements on '/': "/foo"
   * matches "/foo", "/foo/" and "/foo/bar", not "/foobar"; a trailing '/' on either side is
   * ignored. ImplementationSpecific is read as Prefix after dropping the "/*" suffix that older
   * (GKE glob) manifests use for "this path and everything below it"; an empty path is "/".
   * Length is compared after that normalisation, so "/bar/*" competes as "/bar".
   *
   * Each host's paths are sorted once into precedence order, so routing is a scan that stops at
   * the first match and allocates nothing beyond lower-casing the host.
   *
   * [1] https://kubernetes.io/docs/concepts/services-networking/ingress/ (path types, examples,
   *     hostname wildcards)
   * [2] https://kubernetes.github.io/ingress-nginx/user-guide/default-backend/ ;
   *     https://cloud.google.com/load-balancing/docs/url-map-concepts
   */

  private static final Comparator<CompiledPath> PRECEDENCE =
      Comparator.comparingInt((CompiledPath p) -> p.path().length())
          .reversed()
          .thenComparing(CompiledPath::exact, Comparator.reverseOrder());

  private final Map<String, CompiledPath[]> exactHosts;
  private final Map<String, CompiledPath[]> wildcardSuffixes;
  private final CompiledPath[] anyHost;
  private final Optional<IngressBackend> defaultBackend;

  /** Compiles {@code rules} into per-host tables in precedence order. */
  public IngressRouter(IngressRules rules) {
    Map<String, List<CompiledPath>> exact = new HashMap<>();
    Map<String, List<CompiledPath>> wildcard = new HashMap<>();
    List<CompiledPath> any = new ArrayList<>();
    for (IngressRule rule : rules.rules()) {
      List<CompiledPath> target = any;
      if (rule.host().isPresent()) {
        String host = rule.host().get().toLowerCase(Locale.ROOT);
        target =
            host.startsWith("*.")
                ? wildcard.computeIfAbsent(host.substring(1), h -> new ArrayList<>())
                : exact.computeIfAbsent(host, h -> new ArrayList<>());
      }
      for (IngressPath path : rule.paths()) {
        target.add(CompiledPath.of(path));
      }
    }
    this.exactHosts = compile(exact);
    this.wildcardSuffixes = compile(wildcard);
    this.anyHost = inPrecedenceOrder(any);
    this.defaultBackend = rules.defaultBackend();
  }

  /**
   * The backend for a request, or the default backend if no rule matches, or empty (404) if there
   * is none.
   *
   * @param host the request's host (case-insensitive; {@code ""} when it has none)
   * @param path the request's path, starting with {@code /}
   */
  public Optional<IngressBackend> route(String host, String path) {
    CompiledPath[] candidates = pathsFor(host.toLowerCase(Locale.ROOT));
    for (CompiledPath candidate : candidates) {
      if (candidate.matches(path)) {
        return candidate.backend();
      }
    }
    return defaultBackend;
  }

  private CompiledPath[] pathsFor(String host) {
    CompiledPath[] exact = exactHosts.get(host);
    if (exact != null) {
      return exact;
    }
    int firstDot = host.indexOf('.');
    if (firstDot > 0) {
      CompiledPath[] wildcard = wildcardSuffixes.get(host.substring(firstDot));
      if (wildcard != null) {
        return wildcard;
      }
    }
    return anyHost;
  }

  private static Map<String, CompiledPath[]> compile(Map<String, List<CompiledPath>> byHost) {
    Map<String, CompiledPath[]> compiled = new HashMap<>();
    byHost.forEach((host, paths) -> compiled.put(host, inPrecedenceOrder(paths)));
    return Map.copyOf(compiled);
  }

  private static CompiledPath[] inPrecedenceOrder(List<CompiledPath> paths) {
    List<CompiledPath> sorted = new ArrayList<>(paths);
    sorted.sort(PRECEDENCE); // stable: the first written wins a full tie
    return sorted.toArray(CompiledPath[]::new);
  }

  /**
   * A path in the form it is matched in: exact paths as written, prefixes without their trailing
   * '/' (so the root prefix is "").
   */
  private record CompiledPath(String path, boolean exact, Optional<IngressBackend> backend) {
    static CompiledPath of(IngressPath source) {
      Optional<IngressBackend> backend = Optional.of(source.backend());
      return switch (source.pathType()) {
        case EXACT -> new CompiledPath(source.path(), true, backend);
        case PREFIX -> new CompiledPath(withoutTrailingSlashes(source.path()), false, backend);
        case IMPLEMENTATION_SPECIFIC ->
            new CompiledPath(withoutTrailingSlashes(withoutGlob(source.path())), false, backend);
      };
    }

    boolean matches(String requestPath) {
      if (exact) {
        return requestPath.equals(path);
      }
      return requestPath.startsWith(path)
          && (requestPath.length() == path.length() || requestPath.charAt(path.length()) == '/');
    }

    private static String withoutGlob(String path) {
      return path.endsWith("/*") ? path.substring(0, path.length() - 1) : path;
    }

    private static String withoutTrailingSlashes(String path) {
      int end = path.length();
      while (end > 0 && path.charAt(end - 1) == '/') {
        end--;
      }
      return path.substring(0, end);
    }
  }
}
