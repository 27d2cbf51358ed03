package kubeplan.queueing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import kubeplan.random.RandomStreams;
import kubeplan.stats.MeasurementWindow;
import kubeplan.stats.Tolerance;
import org.junit.jupiter.api.Test;

/**
 * Choice frequencies are checked against their binomial truth with z = 4 standard deviations,
 * sqrt(n p (1 - p)): a correct balancer fails by chance with probability about 6e-5 per check.
 */
class BalancerTest {
  private static final int CHOICES = 60_000;
  private static final RandomStreams STREAMS = new RandomStreams(7, 0);
  private static final Request REQUEST =
      new Requests(RequestLayout.builder().build(), new MeasurementWindow(0, 1)).create(0);

  @Test
  void roundRobin_visitsTheTargetsInTurn() {
    Balancer balancer = Balancer.roundRobin(3);
    List<Integer> chosen = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      chosen.add(balancer.choose(REQUEST));
    }
    assertEquals(List.of(0, 1, 2, 0, 1, 2, 0), chosen);
  }

  @Test
  void leastConnections_choosesAmongTheLeastLoaded_tiesUniformly() {
    int[] load = {3, 1, 2, 1};
    Balancer balancer =
        Balancer.leastConnections(4, target -> load[target], STREAMS.stream("least"));
    int[] counts = count(balancer, CHOICES);
    assertEquals(0, counts[0] + counts[2], "only the least-loaded targets are chosen");
    assertFrequency(counts[1], CHOICES, 0.5);
  }

  @Test
  void powerOfTwoChoices_picksTheLessLoadedOfTwoDifferentTargets() {
    // Target 1 is idle and wins whenever it is among the two sampled: 1 - C(3,2)/C(4,2) = 1/2.
    int[] load = {5, 0, 5, 5};
    Balancer balancer =
        Balancer.powerOfTwoChoices(4, target -> load[target], STREAMS.stream("p2c"));
    int[] counts = count(balancer, CHOICES);
    assertFrequency(counts[1], CHOICES, 0.5);
    int[] pair = {1, 0};
    Balancer two = Balancer.powerOfTwoChoices(2, target -> pair[target], STREAMS.stream("two"));
    assertEquals(CHOICES, count(two, CHOICES)[1], "two different targets are always compared");
  }

  @Test
  void aBalancerWithoutTargets_isRefused() {
    assertEquals(
        "a balancer needs at least one target: 0",
        assertThrows(IllegalArgumentException.class, () -> Balancer.roundRobin(0)).getMessage());
  }

  private static int[] count(Balancer balancer, int choices) {
    int[] counts = new int[balancer.targets()];
    for (int i = 0; i < choices; i++) {
      counts[balancer.choose(REQUEST)]++;
    }
    return counts;
  }

  private static void assertFrequency(int count, int n, double p) {
    double tolerance = n * Tolerance.proportion(p, n);
    assertEquals(n * p, count, tolerance, "count out of " + n + " with probability " + p);
  }
}
