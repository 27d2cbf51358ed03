package kubeplan.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Manifests merge into services: by name; the scenario's fields win. */
class ManifestMergeTest {
  @TempDir Path dir;

  private static final String APPS =
      """
      apiVersion: apps/v1
      kind: StatefulSet
      metadata: {name: foo-db}
      spec:
        replicas: 4
        selector: {matchLabels: {app: foo}}
        template:
          metadata: {labels: {app: foo, tier: db}}
          spec:
            containers:
              - name: a
                image: a
                resources: {requests: {cpu: 250m}, limits: {memory: 1Gi}}
              - name: b
                image: b
                resources: {requests: {cpu: "1", memory: 512Mi}}
      ---
      apiVersion: v1
      kind: Service
      metadata: {name: foo}
      spec:
        type: LoadBalancer
        selector: {app: foo}
        externalTrafficPolicy: Local
        sessionAffinity: ClientIP
        ports: [{port: 80, targetPort: 8080}]
      ---
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: settings}
      data: {a: b}
      """;

  @Test
  void manifestFields_fillWhatTheScenarioLeavesOut_andScenarioFieldsWin() throws Exception {
    ScenarioFiles.write(dir, "apps.yaml", APPS);
    Path scenario =
        ScenarioFiles.write(
            dir,
            "s.yaml",
            ScenarioFiles.MINIMAL
                .replace("services:", "manifests: [apps.yaml]\nservices:")
                .replace(
                    "    serviceTime: exponential(mean=1ms)\n",
                    "    serviceTime: exponential(mean=1ms)\n    replicas: 2\n"));

    ScenarioFile file = ScenarioReader.read(scenario);

    ServiceSpec foo = file.points().get(0).scenario().service("foo");
    assertEquals(2, foo.replicas(), "the scenario's replicas win over the StatefulSet's 4");
    assertEquals(1250, foo.cpuMillis(), "250m + 1 CPU over two containers");
    assertEquals((1L << 30) + (512L << 20), foo.memoryBytes(), "a limit alone is the request");
    assertEquals(ServiceSpec.ServiceType.LOAD_BALANCER, foo.type());
    assertEquals(TrafficPolicy.LOCAL, foo.externalTrafficPolicy());
    assertEquals(ServiceSpec.SessionAffinity.CLIENT_IP, foo.sessionAffinity());
    assertEquals(List.of(new ServicePort("", 80, "8080")), foo.ports());
    assertEquals(1, file.notes().size());
    assertTrue(
        file.notes()
            .get(0)
            .toString()
            .endsWith(
                "apps.yaml:28:1: ignored v1 ConfigMap 'settings': kubeplan reads Services,"
                    + " Deployments, StatefulSets and Ingresses"),
        file.notes().get(0)::toString);
  }

  @Test
  void serviceOnlyInAManifest_withoutServiceTime_isReportedAtTheManifestsName() throws Exception {
    ScenarioFiles.write(dir, "apps.yaml", APPS.replace("name: foo}", "name: bar}"));
    Path scenario =
        ScenarioFiles.write(
            dir,
            "s.yaml",
            ScenarioFiles.MINIMAL.replace("services:", "manifests: [apps.yaml]\nservices:"));

    ScenarioException refused =
        assertThrows(ScenarioException.class, () -> ScenarioReader.read(scenario));

    assertEquals(1, refused.problems().size(), refused::getMessage);
    Problem problem = refused.problems().get(0);
    assertTrue(problem.file().endsWith("apps.yaml"), problem::toString);
    assertEquals(20, problem.line());
    assertEquals(18, problem.column());
    assertTrue(problem.message().startsWith("service 'bar' has no serviceTime"), problem::toString);
  }
}
