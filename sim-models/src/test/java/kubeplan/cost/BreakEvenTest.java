package kubeplan.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BreakEvenTest {
  /** One AWS load balancer's hourly fee for a 730-hour month: 0.0225 × 730. */
  private static final double LB_MONTH = 16.425;

  /** The worked example's shared ALB: its hourly fee plus 36 LCU (36 × 0.008 × 730 = 210.24). */
  private static final double INGRESS_MONTH = LB_MONTH + 210.24;

  /**
   * A LoadBalancer per Service costs n × 16.425 a month, one Ingress 226.665 whatever n, so they
   * cross at n = 226.665 / 16.425 = 13.8: from 14 Services on, the Ingress is cheaper. Both are
   * affine in n, so interpolating between the sweep points 10 and 20 finds it exactly.
   */
  @Test
  void lbPerServiceVsIngress_overServiceCounts_crossAt13Point8() {
    List<Double> services = List.of(1.0, 5.0, 10.0, 20.0, 50.0);
    List<Double> perService = new ArrayList<>();
    List<Double> ingress = new ArrayList<>();
    for (double n : services) {
      perService.add(n * LB_MONTH);
      ingress.add(INGRESS_MONTH);
    }

    BreakEven.Crossing crossing = BreakEven.find(services, perService, ingress).orElseThrow();

    assertEquals(INGRESS_MONTH / LB_MONTH, crossing.x(), 1e-12);
    assertEquals(INGRESS_MONTH, crossing.usd(), 1e-9);
    assertEquals(BreakEven.Side.B, crossing.cheaperBeyond());
    assertEquals(14, crossing.firstWholeNumberBeyond());
  }

  @Test
  void costsEqualAtASweepPoint_crossingIsThatPoint() {
    Optional<BreakEven.Crossing> crossing =
        BreakEven.find(List.of(1.0, 2.0, 3.0), List.of(1.0, 2.0, 3.0), List.of(3.0, 2.0, 1.0));

    assertEquals(2.0, crossing.orElseThrow().x());
    assertEquals(BreakEven.Side.B, crossing.orElseThrow().cheaperBeyond());
    assertEquals(3, crossing.orElseThrow().firstWholeNumberBeyond());
  }

  @Test
  void aDearerThenCheaper_cheaperBeyondIsA() {
    BreakEven.Crossing crossing =
        BreakEven.find(List.of(0.0, 4.0), List.of(10.0, 2.0), List.of(6.0, 6.0)).orElseThrow();

    assertEquals(2.0, crossing.x(), 1e-12); // difference 4 → -4, zero halfway
    assertEquals(BreakEven.Side.A, crossing.cheaperBeyond());
  }

  @Test
  void oneAlwaysCheaper_noCrossing() {
    assertTrue(BreakEven.find(List.of(1.0, 2.0), List.of(1.0, 2.0), List.of(5.0, 5.0)).isEmpty());
  }

  @Test
  void equalEverywhere_noCrossing() {
    assertTrue(BreakEven.find(List.of(1.0, 2.0), List.of(3.0, 3.0), List.of(3.0, 3.0)).isEmpty());
  }

  @Test
  void touchingWithoutChangingSides_noCrossing() {
    assertTrue(
        BreakEven.find(List.of(1.0, 2.0, 3.0), List.of(1.0, 3.0, 1.0), List.of(2.0, 3.0, 2.0))
            .isEmpty());
  }

  @Test
  void xNotIncreasing_refusedNamingTheValues() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> BreakEven.find(List.of(2.0, 1.0), List.of(1.0, 2.0), List.of(2.0, 1.0)));

    assertTrue(error.getMessage().contains("x[0] = 2.0, x[1] = 1.0"), error.getMessage());
  }

  @Test
  void seriesOfDifferentSizes_refused() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> BreakEven.find(List.of(1.0, 2.0), List.of(1.0), List.of(2.0, 1.0)));

    assertTrue(error.getMessage().contains("costA 1"), error.getMessage());
  }
}
