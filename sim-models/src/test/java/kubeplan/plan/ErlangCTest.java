package kubeplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import kubeplan.random.Dimension;
import kubeplan.random.Distributions;
import org.junit.jupiter.api.Test;

class ErlangCTest {
  /** Two servers offered 1 erlang: P0 = 1/3 and C = a^c / (c! (1 - rho)) P0 = 1/3. */
  @Test
  void twoServersOneErlang_waitProbabilityIsOneThird() {
    assertEquals(1.0 / 3, ErlangC.waitProbability(2, 1), 1e-12);
  }

  /** One server: C(1, a) = a, the utilisation. */
  @Test
  void oneServer_waitProbabilityIsUtilisation() {
    assertEquals(0.8, ErlangC.waitProbability(1, 0.8), 1e-12);
  }

  @Test
  void offeredLoadAtServers_refusedAsUnstable() {
    assertThrows(IllegalArgumentException.class, () -> ErlangC.waitProbability(4, 4));
  }

  /**
   * M/M/1 response time is exponential with rate mu - lambda; the pod queue's tail is two
   * Riemann sums of monotone functions with values in [0, 1] over 2000 equally likely points, so
   * each is within 1/2000 of its integral.
   */
  @Test
  void mm1PodQueue_tailAtTheP99_matchesExponentialWithinQuadratureError() {
    PodQueue pod = new PodQueue(1, 400.0 / 7,
        Distributions.parse("exponential(mean=10ms)", Dimension.TIME, Path.of(".")));
    double p99 = Math.log(100) / (100 - 400.0 / 7);

    assertEquals(0.01, pod.tail(p99), 1.0 / 2000);
    assertEquals(1 / (100 - 400.0 / 7), pod.meanResponse(), 1e-12);
  }
}
