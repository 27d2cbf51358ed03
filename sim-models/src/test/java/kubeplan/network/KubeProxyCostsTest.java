package kubeplan.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kubeplan.random.Distribution;
import kubeplan.routing.KubeProxyMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class KubeProxyCostsTest {
  /** Far below a microsecond: only floating-point rounding of the interpolation. */
  private static final double EXACT = 1e-12;

  private final KubeProxyCosts costs = NetworkProfile.defaults(Cni.ROUTED).kubeProxy();

  /** K1-K3: the published iptables first-packet medians, and the p99s, at their Service counts. */
  @ParameterizedTest(name = "{0} services: p50 {1} us, p99 {2} us")
  @CsvSource({"5000, 47, 150", "10000, 62, 260", "30000, 270, 720"})
  void iptables_atPublishedServiceCounts_hitsThePublishedQuantiles(
      int services, double medianMicros, double p99Micros) {
    Distribution cost = costs.newConnection(KubeProxyMode.IPTABLES, services);

    assertEquals(medianMicros * 1e-6, cost.quantile(0.5), EXACT);
    assertEquals(p99Micros * 1e-6, cost.quantile(0.99), EXACT);
  }

  @Test
  void iptables_growsStrictlyWithTotalServices_aboveOneThousand() {
    List<Integer> counts = List.of(1_000, 2_000, 5_000, 7_500, 10_000, 20_000, 30_000, 40_000);

    for (int i = 1; i < counts.size(); i++) {
      Distribution fewer = costs.newConnection(KubeProxyMode.IPTABLES, counts.get(i - 1));
      Distribution more = costs.newConnection(KubeProxyMode.IPTABLES, counts.get(i));
      assertTrue(more.mean() > fewer.mean(), "mean at " + counts.get(i));
      assertTrue(more.quantile(0.5) > fewer.quantile(0.5), "median at " + counts.get(i));
    }
  }

  @Test
  void iptables_upToOneThousandServices_isAConstantTenMicroseconds() {
    for (int services : new int[] {0, 10, 1_000}) {
      Distribution cost = costs.newConnection(KubeProxyMode.IPTABLES, services);
      assertEquals(10e-6, cost.mean(), EXACT);
      assertEquals(0, cost.variance(), EXACT);
    }
  }

  /** Linear in the Service count between rows: at 2,000, a quarter of the way from 10 to 47 us. */
  @Test
  void iptables_betweenRows_interpolatesLinearly() {
    assertEquals(
        (10 + 0.25 * 37) * 1e-6,
        costs.newConnection(KubeProxyMode.IPTABLES, 2_000).quantile(0.5),
        EXACT);
    assertEquals(
        (47 + 0.5 * 15) * 1e-6,
        costs.newConnection(KubeProxyMode.IPTABLES, 7_500).quantile(0.5),
        EXACT);
  }

  /** Beyond 30k along the 10k-30k line: the median grows by (270 - 62) us per 20k Services. */
  @Test
  void iptables_beyondThirtyThousand_extrapolatesTheLastSegment() {
    assertEquals(
        (270 + 208 / 2.0) * 1e-6,
        costs.newConnection(KubeProxyMode.IPTABLES, 40_000).quantile(0.5),
        EXACT);
  }

  @ParameterizedTest
  @EnumSource(
      value = KubeProxyMode.class,
      names = {"IPVS", "NFTABLES", "EBPF"})
  void otherModes_costTheSameAtAnyServiceCount(KubeProxyMode mode) {
    double expected = mode == KubeProxyMode.EBPF ? 1e-6 : 12e-6;

    assertEquals(expected, costs.newConnection(mode, 100).mean(), EXACT);
    assertEquals(expected, costs.newConnection(mode, 30_000).mean(), EXACT);
  }

  @Test
  void perPacket_isOneMicrosecond() {
    assertEquals(1e-6, costs.perPacket().mean(), EXACT);
  }

  @Test
  void scaling_withDecreasingQuantiles_isRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ServiceCountScaling.Row(5_000, List.of(2e-5, 1e-5)));

    assertEquals("quantiles at 5000 services must not decrease: [2.0E-5, 1.0E-5]", e.getMessage());
  }

  @Test
  void scaling_withRowsOutOfOrder_isRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ServiceCountScaling(
                List.of(0.5),
                List.of(
                    new ServiceCountScaling.Row(5_000, List.of(1e-5)),
                    new ServiceCountScaling.Row(1_000, List.of(2e-5)))));
  }
}
