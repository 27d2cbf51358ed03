package kubeplan.ingress;

import java.util.Objects;

/**
 * One {@code http.paths} entry of an Ingress rule: which request paths it matches and where they
 * go.
 *
 * @param path the path as written; {@code EXACT} and {@code PREFIX} paths start with {@code /}, an
 *     {@code IMPLEMENTATION_SPECIFIC} path may also be {@code ""} (no path: everything)
 * @param pathType how {@code path} is compared with a request path
 * @param backend where matching requests go
 */
public record IngressPath(String path, PathType pathType, IngressBackend backend) {
  public IngressPath {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(pathType, "pathType");
    Objects.requireNonNull(backend, "backend");
    boolean mayBeEmpty = pathType == PathType.IMPLEMENTATION_SPECIFIC && path.isEmpty();
    if (!mayBeEmpty && !path.startsWith("/")) {
      throw new IllegalArgumentException(
          "ingress path must start with '/' for pathType " + pathType + ": '" + path + "'");
    }
    int star = path.indexOf('*');
    boolean trailingGlobOnly = star < 0 || (star == path.length() - 1 && path.endsWith("/*"));
    if (pathType == PathType.IMPLEMENTATION_SPECIFIC && !trailingGlobOnly) {
      throw new IllegalArgumentException(
          "ImplementationSpecific ingress path '"
              + path
              + "': a '*' is read only as a trailing '/*' (this path and everything below it)");
    }
  }
}
