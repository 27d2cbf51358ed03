package kubeplan.ingress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IngressRouterTest {

  /**
   * The Ingress page's "Examples" table for path types, row by row, plus the element-wise rule of
   * its Prefix definition and the kubeplan reading of ImplementationSpecific. Each path's backend
   * is named after the path, so the expected column says which path won ("none" is a 404).
   * https://kubernetes.io/docs/concepts/services-networking/ingress/#examples
   */
  @ParameterizedTest(name = "[{0}] {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Prefix /                                 | /aaa/bbb      | Prefix /",
        "Prefix /                                 | /             | Prefix /",
        "Exact /foo                               | /foo          | Exact /foo",
        "Exact /foo                               | /bar          | none",
        "Exact /foo                               | /foo/         | none",
        "Exact /foo/                              | /foo          | none",
        "Exact /foo                               | /FOO          | none",
        "Prefix /foo                              | /foo          | Prefix /foo",
        "Prefix /foo                              | /foo/         | Prefix /foo",
        "Prefix /foo/                             | /foo          | Prefix /foo/",
        "Prefix /foo/                             | /foo/         | Prefix /foo/",
        "Prefix /aaa/bb                           | /aaa/bbb      | none",
        "Prefix /aaa/bbb                          | /aaa/bbb      | Prefix /aaa/bbb",
        "Prefix /aaa/bbb/                         | /aaa/bbb      | Prefix /aaa/bbb/",
        "Prefix /aaa/bbb                          | /aaa/bbb/     | Prefix /aaa/bbb",
        "Prefix /aaa/bbb                          | /aaa/bbb/ccc  | Prefix /aaa/bbb",
        "Prefix /aaa/bbb                          | /aaa/bbbxyz   | none",
        "Prefix /, Prefix /aaa                    | /aaa/ccc      | Prefix /aaa",
        "Prefix /, Prefix /aaa, Prefix /aaa/bbb   | /aaa/bbb      | Prefix /aaa/bbb",
        "Prefix /, Prefix /aaa, Prefix /aaa/bbb   | /ccc          | Prefix /",
        "Prefix /aaa                              | /ccc          | none",
        "Prefix /foo, Exact /foo                  | /foo          | Exact /foo",
        "Exact /foo, Prefix /foo                  | /foo          | Exact /foo",
        "Exact /foo, Prefix /foo                  | /foo/x        | Prefix /foo",
        "Prefix /foo/bar                          | /foo/bar/baz  | Prefix /foo/bar",
        "Prefix /foo/bar                          | /foo/barbaz   | none",
        "Prefix /foo                              | /Foo/bar      | none",
        "ImplementationSpecific /bar/*            | /bar          | ImplementationSpecific /bar/*",
        "ImplementationSpecific /bar/*            | /bar/x/y      | ImplementationSpecific /bar/*",
        "ImplementationSpecific /bar/*            | /barx         | none",
        "ImplementationSpecific /bar              | /bar/x        | ImplementationSpecific /bar",
        "ImplementationSpecific /*                | /x            | ImplementationSpecific /*",
        "ImplementationSpecific /bar/*, Exact /bar | /bar         | Exact /bar",
        "ImplementationSpecific /bar/*, Exact /bar/x | /bar/x     | Exact /bar/x",
        "Prefix /a, ImplementationSpecific /a/b/* | /a/b/c        | ImplementationSpecific /a/b/*",
      })
  void pathTypeExamples_routeToTheWinningPath(String paths, String request, String winner) {
    List<IngressPath> compiled = new ArrayList<>();
    for (String written : paths.split(", ")) {
      String[] typeAndPath = written.split(" ");
      compiled.add(path(typeAndPath[1], PathType.valueOf(constantName(typeAndPath[0])), written));
    }
    IngressRouter router = router(List.of(new IngressRule(Optional.empty(), compiled)), null);

    assertEquals(winner, serviceOf(router.route("any.host", request)));
  }

  /** The Ingress page's hostname wildcard table: a wildcard covers exactly one DNS label. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "bar.foo.com, wildcard",
    "baz.bar.foo.com, none",
    "foo.com, none",
    "BAR.Foo.com, wildcard",
  })
  void wildcardHost_matchesExactlyOneLabel(String host, String expected) {
    IngressRouter router =
        router(List.of(rule("*.foo.com", path("/", PathType.PREFIX, "wildcard"))), null);

    assertEquals(expected, serviceOf(router.route(host, "/")));
  }

  @Test
  void exactHost_winsOverWildcardAndHostlessRules() {
    IngressRouter router =
        router(
            List.of(
                new IngressRule(Optional.empty(), List.of(path("/", PathType.PREFIX, "any"))),
                rule("*.foo.com", path("/", PathType.PREFIX, "wildcard")),
                rule("bar.foo.com", path("/", PathType.PREFIX, "exact"))),
            null);

    assertEquals("exact", serviceOf(router.route("bar.foo.com", "/x")));
    assertEquals("wildcard", serviceOf(router.route("qux.foo.com", "/x")));
    assertEquals("any", serviceOf(router.route("example.org", "/x")));
    assertEquals("any", serviceOf(router.route("", "/x")));
  }

  @Test
  void matchedHostWithoutMatchingPath_goesToDefaultBackend_notToLessSpecificHosts() {
    IngressRouter router =
        router(
            List.of(
                new IngressRule(Optional.empty(), List.of(path("/", PathType.PREFIX, "any"))),
                rule("foo.com", path("/api", PathType.PREFIX, "api"))),
            backend("fallback"));

    assertEquals("api", serviceOf(router.route("foo.com", "/api/v1")));
    assertEquals("fallback", serviceOf(router.route("foo.com", "/web")));
  }

  @Test
  void rulesForTheSameHost_poolTheirPaths() {
    IngressRouter router =
        router(
            List.of(
                rule("foo.com", path("/a", PathType.PREFIX, "short")),
                rule("foo.com", path("/a/b", PathType.PREFIX, "long"))),
            null);

    assertEquals("long", serviceOf(router.route("foo.com", "/a/b/c")));
    assertEquals("short", serviceOf(router.route("foo.com", "/a/c")));
  }

  @Test
  void samePathTypeAndLength_firstWrittenWins() {
    IngressRouter router =
        router(
            List.of(
                rule(
                    "foo.com",
                    path("/a/", PathType.PREFIX, "first"),
                    path("/a", PathType.PREFIX, "second"))),
            null);

    assertEquals("first", serviceOf(router.route("foo.com", "/a")));
  }

  @Test
  void emptyImplementationSpecificPath_matchesEverything() {
    IngressRouter router =
        router(List.of(rule("foo.com", path("", PathType.IMPLEMENTATION_SPECIFIC, "all"))), null);

    assertEquals("all", serviceOf(router.route("foo.com", "/")));
    assertEquals("all", serviceOf(router.route("foo.com", "/deep/path")));
  }

  @Test
  void noMatchAndNoDefaultBackend_isEmpty() {
    IngressRouter router = router(List.of(rule("foo.com", path("/a", PathType.EXACT, "a"))), null);

    assertEquals(Optional.empty(), router.route("foo.com", "/b"));
    assertEquals(Optional.empty(), router.route("bar.com", "/a"));
  }

  /**
   * The seed manifest (extensions/v1beta1) as the reader maps it (S14): {@code spec.backend} is the
   * default backend, paths without pathType are ImplementationSpecific, a missing path is "".
   */
  @ParameterizedTest(name = "{0}{1} -> {2}")
  @CsvSource({
    "foo.mydomain.com, /anything, foo",
    "foo.mydomain.com, /, foo",
    "mydomain.com, /bar/x, bar",
    "mydomain.com, /bar, bar",
    "mydomain.com, /bar/, bar",
    "mydomain.com, /barx, other",
    "mydomain.com, /, other",
    "unknown.host, /, other",
  })
  void seedManifest_routesAsTheSeedDescribes(String host, String path, String service) {
    IngressBackend other = new IngressBackend("other", "8080");
    IngressRules seed =
        new IngressRules(
            List.of(
                new IngressRule(
                    Optional.of("foo.mydomain.com"),
                    List.of(
                        new IngressPath(
                            "",
                            PathType.IMPLEMENTATION_SPECIFIC,
                            new IngressBackend("foo", "8080")))),
                new IngressRule(
                    Optional.of("mydomain.com"),
                    List.of(
                        new IngressPath(
                            "/bar/*",
                            PathType.IMPLEMENTATION_SPECIFIC,
                            new IngressBackend("bar", "8080"))))),
            Optional.of(other));

    Optional<IngressBackend> routed = new IngressRouter(seed).route(host, path);

    assertEquals(Optional.of(new IngressBackend(service, "8080")), routed);
  }

  private static IngressRouter router(List<IngressRule> rules, IngressBackend defaultBackend) {
    return new IngressRouter(new IngressRules(rules, Optional.ofNullable(defaultBackend)));
  }

  private static IngressRule rule(String host, IngressPath... paths) {
    return new IngressRule(Optional.of(host), List.of(paths));
  }

  private static IngressPath path(String path, PathType type, String service) {
    return new IngressPath(path, type, backend(service));
  }

  private static IngressBackend backend(String service) {
    return new IngressBackend(service, "80");
  }

  private static String serviceOf(Optional<IngressBackend> backend) {
    return backend.map(IngressBackend::service).orElse("none");
  }

  private static String constantName(String pathType) {
    return pathType.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }
}
