package kubeplan.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import kubeplan.arrival.ArrivalProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep expands into the cartesian product of its keys, first key slowest. */
class SweepExpansionTest {
  @TempDir Path dir;

  private ScenarioFile read(String sweep) throws ScenarioException {
    return ScenarioReader.read(
        ScenarioFiles.write(dir, "swept.yaml", ScenarioFiles.MINIMAL + sweep));
  }

  @Test
  void twoKeys_giveTheirProduct_inRowMajorOrder() throws ScenarioException {
    ScenarioFile file =
        read(
            "sweep:\n  cluster.kubeProxy: [iptables, nftables, ebpf]\n"
                + "  services[foo].replicas: [1, 2]\n");

    assertEquals(List.of("cluster.kubeProxy", "services[foo].replicas"), file.sweepKeys());
    List<String> seen = new ArrayList<>();
    for (ScenarioPoint point : file.points()) {
      seen.add(
          point.index()
              + ":"
              + point.scenario().cluster().kubeProxy()
              + "/"
              + point.scenario().service("foo").replicas());
    }
    assertEquals(
        List.of(
            "0:IPTABLES/1", "1:IPTABLES/2", "2:NFTABLES/1", "3:NFTABLES/2", "4:EBPF/1", "5:EBPF/2"),
        seen);
  }

  @Test
  void pointValues_keepTheTextAndTheBaseUnit() throws ScenarioException {
    ScenarioFile file =
        read(
            "sweep:\n  run.duration: [1s, 500ms]\n  workload.arrivals.rate: [2/min, 500/s]\n"
                + "  cluster.kubeProxy: [ipvs]\n");

    ScenarioPoint last = file.points().get(3);
    assertEquals(
        new SweepValue("500ms", OptionalDouble.of(500)), last.values().get("run.duration"));
    assertEquals("500", last.values().get("workload.arrivals.rate").csv());
    assertEquals(
        2.0 / 60,
        file.points().get(0).values().get("workload.arrivals.rate").number().getAsDouble(),
        1e-15);
    assertEquals(
        new SweepValue("ipvs", OptionalDouble.empty()), last.values().get("cluster.kubeProxy"));
    assertEquals("ipvs", last.values().get("cluster.kubeProxy").csv());
  }

  @Test
  void parameterKey_changesOnlyThatParameterOfTheArrivalProcess() throws ScenarioException {
    ScenarioFile file = read("sweep:\n  workload.arrivals.rate: [500/s, 1000/s]\n");

    List<Double> rates = new ArrayList<>();
    for (ScenarioPoint point : file.points()) {
      ArrivalProcess arrivals = point.scenario().workload().arrivals();
      rates.add(((ArrivalProcess.Poisson) arrivals).ratePerSecond());
    }
    assertEquals(List.of(500.0, 1000.0), rates);
  }

  @Test
  void starSelector_setsEveryEntry_andNamedSelectorOnlyItsOwn() throws ScenarioException {
    ScenarioFile file =
        ScenarioReader.read(
            ScenarioFiles.write(
                dir,
                "two.yaml",
                ScenarioFiles.MINIMAL.replace(
                        "exposures:",
                        "  - name: bar\n    serviceTime: exponential(mean=2ms)\nexposures:")
                    + "sweep:\n  services[*].concurrency: [4, 8]\n"
                    + "  services[bar].serviceTime.mean: [3ms]\n"));

    assertEquals(2, file.points().size());
    Scenario second = file.points().get(1).scenario();
    assertEquals(8, second.service("foo").concurrency());
    assertEquals(8, second.service("bar").concurrency());
    assertEquals("exponential(mean=1ms)", second.service("foo").serviceTime().text());
    assertEquals("exponential(mean=3ms)", second.service("bar").serviceTime().text());
    assertEquals(
        3.0,
        file.points().get(0).values().get("services[bar].serviceTime.mean").number().getAsDouble());
  }

  @Test
  void quantities_areInMillicoresAndBytes_evenWhenWrittenAsPlainNumbers() throws ScenarioException {
    ScenarioFile file =
        read("sweep:\n  services[foo].cpu: [1, 250m]\n  services[foo].memory: [1Gi]\n");

    assertEquals(
        OptionalDouble.of(1000), file.points().get(0).values().get("services[foo].cpu").number());
    assertEquals(1000, file.points().get(0).scenario().service("foo").cpuMillis());
    assertEquals("250", file.points().get(1).values().get("services[foo].cpu").csv());
    assertEquals("1073741824", file.points().get(1).values().get("services[foo].memory").csv());
  }

  @Test
  void copiesSwept_changeTheDefaultTotalServices() throws ScenarioException {
    ScenarioFile file = read("sweep:\n  services[foo].copies: [1, 50, 200]\n");

    assertEquals(
        List.of(1, 50, 200),
        file.points().stream().map(p -> p.scenario().cluster().totalServices()).toList());
  }

  @Test
  void noSweep_givesOnePointWithNoValues() throws ScenarioException {
    ScenarioFile file = read("");

    assertEquals(1, file.points().size());
    assertEquals(0, file.points().get(0).index());
    assertEquals(List.of(), file.sweepKeys());
    assertEquals(0, file.points().get(0).values().size());
  }
}
