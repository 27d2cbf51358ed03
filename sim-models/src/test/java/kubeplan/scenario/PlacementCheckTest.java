package kubeplan.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pods the cluster cannot hold are refused when the file is read, at the field at fault: the
 * Service's cpu or memory when one pod is larger than a node's allocatable, the node count when
 * the pods do not all fit it, at every sweep point.
 */
class PlacementCheckTest {
  /** Two Services on m6i.large nodes: 1930m CPU and 7518Mi allocatable each. */
  private static final String TWO_SERVICES =
      """
      name: placement
      run:
        duration: 10s
      cluster:
        nodes: {count: 3, type: m6i.large}
      services:
        - name: web
          serviceTime: exponential(mean=1ms)
        - name: api
          replicas: 3
          cpu: 1
          memory: 512Mi
          serviceTime: exponential(mean=1ms)
      exposures:
        - name: lb
          type: LoadBalancer
      workload:
        arrivals: poisson(rate=100/s)
      """;

  @TempDir Path dir;

  @Test
  void podWithMoreCpuThanANodeHas_isReportedAtItsCpu() {
    List<String> problems = problems(TWO_SERVICES.replace("cpu: 1\n", "cpu: 3\n"));

    assertEquals(
        List.of(
            "placement.yaml:11:10: services[1].cpu: a pod of 'api' requests 3 CPU, but a node of"
                + " type m6i.large has 1.93 CPU allocatable"),
        problems);
  }

  @Test
  void podWithMoreMemoryThanANodeHas_isReportedAtItsMemory() {
    List<String> problems = problems(TWO_SERVICES.replace("memory: 512Mi", "memory: 9Gi"));

    assertEquals(
        List.of(
            "placement.yaml:12:13: services[1].memory: a pod of 'api' requests 9Gi of memory,"
                + " but a node of type m6i.large has 7518Mi allocatable"),
        problems);
  }

  @Test
  void podsBeyondAFixedNodeCount_areReportedAtTheCount_withTheCountThatWould() {
    // One 1-CPU pod per 1.93-CPU node: three nodes hold three pods of api, not four.
    List<String> problems = problems(TWO_SERVICES.replace("replicas: 3", "replicas: 4"));

    assertEquals(
        List.of(
            "placement.yaml:5:18: cluster.nodes.count: 3 nodes of type m6i.large cannot hold"
                + " every pod: service api: a pod requesting cpu 1000m, memory 512Mi fits on no"
                + " node (not enough cpu; the most free on any node is cpu 930m, memory 7006Mi);"
                + " 4 would (or write count: auto)"),
        problems);
  }

  @Test
  void podsBeyondTheCountAtOneSweepPoint_areReportedWithThatPointsKey() {
    List<String> problems =
        problems(TWO_SERVICES + "sweep:\n  services[api].replicas: [2, 3, 5]\n");

    assertEquals(
        List.of(
            "placement.yaml:5:18: cluster.nodes.count: 3 nodes of type m6i.large cannot hold"
                + " every pod: service api: a pod requesting cpu 1000m, memory 512Mi fits on no"
                + " node (not enough cpu; the most free on any node is cpu 930m, memory 7006Mi);"
                + " 5 would (or write count: auto) (at sweep point 2: services[api].replicas=5)"),
        problems);
  }

  @Test
  void ingressControllerPodsBeyondTheCount_areReportedNamingTheExposure() {
    // api's three pods take one node each; the controller's 1-CPU pod finds no room beside them.
    String ingress =
        TWO_SERVICES.replace(
            "  - name: lb\n    type: LoadBalancer\n",
            "  - name: lb\n    type: LoadBalancer\n"
                + "  - name: edge\n    type: Ingress\n    ingress: {defaultBackend: {service:"
                + " {name: web, port: {number: 80}}}}\n    controller: {replicas: 1, cpu: 1}\n");

    List<String> problems = problems(ingress);

    assertEquals(
        List.of(
            "placement.yaml:5:18: cluster.nodes.count: 3 nodes of type m6i.large cannot hold"
                + " every pod of exposure 'edge' (its ingress controller's included): service"
                + " ingress-controller: a pod requesting cpu 1000m, memory 90Mi fits on no node"
                + " (not enough cpu; the most free on any node is cpu 930m, memory 7006Mi); 4"
                + " would (or write count: auto)"),
        problems);
  }

  @Test
  void fewerNodesThanZones_isReportedAtTheCount() {
    List<String> problems = problems(TWO_SERVICES.replace("count: 3", "count: 2"));

    assertEquals(
        List.of(
            "placement.yaml:5:18: cluster.nodes.count: 2 nodes cannot give each of the 3 zones a"
                + " node; give at least 3, or auto"),
        problems);
  }

  @Test
  void unknownNodeType_isReportedAtTheType_withTheNearestKnownOne() {
    List<String> problems = problems(TWO_SERVICES.replace("type: m6i.large", "type: m6i.lage"));

    assertEquals(
        List.of(
            "placement.yaml:5:27: cluster.nodes.type: unknown node type 'm6i.lage'; known:"
                + " m6i.large, m5.large, m6i.xlarge, m5.xlarge, m6i.2xlarge, c6i.large,"
                + " c6i.xlarge, e2-standard-2, e2-standard-4, n2-standard-2, n2-standard-4,"
                + " Standard_D2s_v5, Standard_D4s_v5; did you mean 'm6i.large'?"),
        problems);
  }

  @Test
  void podsThatFitTheCount_areAccepted() throws ScenarioException {
    Path file = ScenarioFiles.write(dir, "placement.yaml", TWO_SERVICES);

    assertEquals(1, ScenarioReader.read(file).points().size());
  }

  private List<String> problems(String text) {
    Path file = ScenarioFiles.write(dir, "placement.yaml", text);
    ScenarioException refused =
        assertThrows(ScenarioException.class, () -> ScenarioReader.read(file));
    return refused.problems().stream()
        .map(p -> dir.relativize(p.file()) + ":" + p.line() + ":" + p.column() + ": "
            + p.field() + ": " + p.message())
        .toList();
  }
}
