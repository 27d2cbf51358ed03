package kubeplan.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kubeplan.ingress.IngressBackend;
import kubeplan.ingress.IngressPath;
import kubeplan.ingress.IngressRule;
import kubeplan.ingress.IngressRules;
import kubeplan.ingress.PathType;
import kubeplan.scenario.manifest.ManifestFile;
import kubeplan.scenario.manifest.ManifestReader;
import org.junit.jupiter.api.Test;

/** The seed article's extensions/v1beta1 Ingress reads into the rules it means. */
class SeedManifestTest {
  private static final Path SEED_INGRESS =
      Path.of("..", "scenarios", "manifests", "seed-ingress.yaml");
  private static final IngressRules SEED_RULES =
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
          Optional.of(new IngressBackend("other", "8080")));

  @Test
  void seedIngress_readsDefaultBackendHostRuleAndGlobPath() {
    Problems problems = new Problems();

    ManifestFile manifest = ManifestReader.read(SEED_INGRESS, SEED_INGRESS, problems).orElseThrow();

    assertTrue(problems.isEmpty(), () -> problems.list().toString());
    assertEquals(1, manifest.ingresses().size());
    assertEquals(SEED_RULES, manifest.ingresses().get(0).rules());
    assertEquals("my-ingress", manifest.ingresses().get(0).name());
  }

  @Test
  void seedScenario_routesEveryExposureBySeedRules_andRecordsBothManifests() throws Exception {
    ScenarioFile file =
        ScenarioReader.read(Path.of("..", "scenarios", "seed-three-exposures.yaml"));

    Scenario scenario = file.points().get(0).scenario();
    assertEquals(
        List.of("lb-per-service", "nodeport", "ingress"),
        scenario.exposures().stream().map(ExposureSpec::name).toList());
    scenario.exposures().forEach(e -> assertEquals(SEED_RULES, e.ingress(), e.name()));
    assertEquals(
        List.of("seed-apps.yaml", "seed-ingress.yaml"),
        file.manifests().stream().map(m -> m.path().getFileName().toString()).toList());
    file.manifests().forEach(m -> assertTrue(m.sha256().matches("[0-9a-f]{64}"), m::toString));
    assertTrue(file.sha256().matches("[0-9a-f]{64}"));
  }

  @Test
  void seedApps_mergeReplicasRequestsAndPorts_underTheScenarioServiceTimes() throws Exception {
    Scenario scenario =
        ScenarioReader.read(Path.of("..", "scenarios", "seed-three-exposures.yaml"))
            .points()
            .get(0)
            .scenario();

    ServiceSpec foo = scenario.service("foo");
    assertEquals(3, foo.replicas());
    assertEquals(250, foo.cpuMillis());
    assertEquals(256L * 1024 * 1024, foo.memoryBytes());
    assertEquals(List.of(new ServicePort("http", 8080, "http")), foo.ports());
    assertEquals("lognormal(mean=4ms, cv=1)", foo.serviceTime().text());
    assertEquals(ServiceSpec.ServiceType.CLUSTER_IP, foo.type());
    assertEquals(2, scenario.service("bar").replicas());
    assertEquals(100, scenario.service("other").cpuMillis());
  }
}
