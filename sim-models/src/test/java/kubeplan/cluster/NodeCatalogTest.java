package kubeplan.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NodeCatalogTest {
  private static final long MIB = 1L << 20;
  private static final long GIB = 1L << 30;

  /** EKS: cpu 60m + 10m for two cores; memory 11 MiB * 29 pods + 255 MiB, plus 100 MiB eviction. */
  @Test
  void m6iLarge_onEks_leaves1930mAnd7518Mi() {
    NodeType type = NodeCatalog.builtIn().find("m6i.large").orElseThrow();

    assertEquals(new Resources(1930, 7518 * MIB), type.allocatable());
    assertEquals(2, type.vcpus());
  }

  /** EKS four cores: 60 + 10 + 2 * 5 = 80m; memory 11 * 58 + 255 = 893 MiB, plus 100 MiB. */
  @Test
  void m5Xlarge_onEks_leaves3920mAnd15391Mi() {
    NodeType type = NodeCatalog.builtIn().find("m5.xlarge").orElseThrow();

    assertEquals(new Resources(3920, 15391 * MIB), type.allocatable());
  }

  /** GKE eight GiB: 25 % of the first 4 GiB + 20 % of the next 4 GiB, plus 100 MiB eviction. */
  @Test
  void e2Standard2_onGke_reservesTheMemoryLadder() {
    NodeType type = NodeCatalog.builtIn().find("e2-standard-2").orElseThrow();
    long reserved = GIB + 4 * GIB * 20 / 100 + 100 * MIB;

    assertEquals(new Resources(1930, 8 * GIB - reserved), type.allocatable());
  }

  /** GKE sixteen GiB adds 10 % of the third band: 1 + 0.8 + 0.8 GiB, plus 100 MiB. */
  @Test
  void n2Standard4_onGke_reservesThreeBands() {
    NodeType type = NodeCatalog.builtIn().find("n2-standard-4").orElseThrow();
    long reserved = GIB + 4 * GIB * 20 / 100 + 8 * GIB * 10 / 100 + 100 * MIB;

    assertEquals(new Resources(3920, 16 * GIB - reserved), type.allocatable());
  }

  /**
   * AKS two cores: 100m; memory min(20 MiB * 250 + 50 MiB, 25 % of 8 GiB) = 2 GiB, plus 100 MiB.
   */
  @Test
  void standardD2sV5_onAks_reservesAQuarterOfMemory() {
    NodeType type = NodeCatalog.builtIn().find("Standard_D2s_v5").orElseThrow();

    assertEquals(new Resources(1900, 8 * GIB - 2 * GIB - 100 * MIB), type.allocatable());
  }

  @Test
  void cpuLadder_matchesTheProvidersTables() {
    assertEquals(60, Reservation.GKE.reservedCpuMillis(1));
    assertEquals(90, Reservation.EKS.reservedCpuMillis(8));
    assertEquals(100, Reservation.AKS.reservedCpuMillis(3));
    assertEquals(740, Reservation.AKS.reservedCpuMillis(96));
  }

  @Test
  void unknownName_isEmpty_andNamesListEveryType() {
    assertEquals(Optional.empty(), NodeCatalog.builtIn().find("m6i.LARGE"));
    assertTrue(
        NodeCatalog.builtIn()
            .names()
            .containsAll(
                List.of(
                    "m6i.large",
                    "m5.large",
                    "m6i.xlarge",
                    "m5.xlarge",
                    "c6i.large",
                    "e2-standard-2",
                    "n2-standard-4",
                    "Standard_D2s_v5")));
  }
}
