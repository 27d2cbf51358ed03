package kubeplan.ingress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IngressPathTest {
  private static final IngressBackend FOO = new IngressBackend("foo", "http");

  @Test
  void prefixPathWithoutLeadingSlash_isRefusedNamingPathAndType() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new IngressPath("foo", PathType.PREFIX, FOO));

    assertEquals("ingress path must start with '/' for pathType PREFIX: 'foo'", e.getMessage());
  }

  @Test
  void emptyPath_isAllowedOnlyForImplementationSpecific() {
    assertEquals("", new IngressPath("", PathType.IMPLEMENTATION_SPECIFIC, FOO).path());
    assertThrows(IllegalArgumentException.class, () -> new IngressPath("", PathType.EXACT, FOO));
  }

  @Test
  void implementationSpecificGlobInsideThePath_isRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new IngressPath("/a/*/b", PathType.IMPLEMENTATION_SPECIFIC, FOO));

    assertEquals(
        "ImplementationSpecific ingress path '/a/*/b': a '*' is read only as a trailing '/*'"
            + " (this path and everything below it)",
        e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new IngressPath("/a*", PathType.IMPLEMENTATION_SPECIFIC, FOO));
  }

  @Test
  void wildcardOtherThanTheFirstLabel_isRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> new IngressRule(Optional.of("foo.*.com"), List.of()));
    assertThrows(
        IllegalArgumentException.class, () -> new IngressRule(Optional.of("*"), List.of()));
    assertEquals(
        Optional.of("*.foo.com"), new IngressRule(Optional.of("*.foo.com"), List.of()).host());
  }

  @Test
  void blankBackendService_isRefused() {
    assertThrows(IllegalArgumentException.class, () -> new IngressBackend(" ", "80"));
    assertEquals("", new IngressBackend("foo", "").port());
  }
}
