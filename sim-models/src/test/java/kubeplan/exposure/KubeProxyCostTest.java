package kubeplan.exposure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kubeplan.network.NetworkProfile;
import kubeplan.random.Distribution;
import kubeplan.results.ExposureResults;
import kubeplan.results.Hop;
import kubeplan.routing.KubeProxyMode;
import kubeplan.scenario.Scenario;
import kubeplan.stats.Tolerance;
import org.junit.jupiter.api.Test;

/** What kube-proxy adds to a request as the cluster's Services multiply. */
class KubeProxyCostTest {
  @Test
  void iptablesNewConnectionCost_growsWithTheServicesInTheCluster() throws Exception {
    // With a new connection per request, each request pays iptables' first-packet cost at the
    // cluster's Service count once on its way in, plus the per-packet cost: the kube-proxy hop's
    // mean is their means, to z sd / sqrt(N), and it grows from 1,000 to 30,000 Services.
    double previous = 0;
    for (Scenario scenario : ScenarioRuns.points("iptables-services.yaml")) {
      NetworkProfile profile =
          NetworkProfile.named("default", scenario.cluster().cni());
      Distribution perPacket = profile.kubeProxy().perPacket();
      int services = scenario.cluster().totalServices();
      Distribution newConnection =
          profile.kubeProxy().newConnection(KubeProxyMode.IPTABLES, services);
      ExposureResults nodePort = ScenarioRuns.results(scenario).exposures().get(0);
      long n = ScenarioRuns.succeeded(nodePort, scenario);
      double mean = (perPacket.mean() + newConnection.mean()) * 1e3;
      double sd = Math.sqrt(perPacket.variance() + newConnection.variance()) * 1e3;
      double measured = ScenarioRuns.hop(nodePort, Hop.KUBE_PROXY).meanMs();
      // the sum of n constant costs divided by n may round in its last bits
      double rounding = 1e-9 * mean;
      assertEquals(mean, measured, Tolerance.Z * sd / Math.sqrt(n) + rounding,
          services + " Services");
      assertTrue(measured > previous, () -> services + " Services: " + measured + " ms");
      previous = measured;
    }
    assertEquals(List.of(1_000, 5_000, 10_000, 30_000), ScenarioRuns.points(
        "iptables-services.yaml").stream().map(s -> s.cluster().totalServices()).toList());
  }
}
