package kubeplan.queueing;

import static kubeplan.stats.Tolerance.assertNear;

import kubeplan.arrival.ArrivalProcess;
import kubeplan.queueing.Network.Outcome;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Queueing-theory cases that need tens of millions of requests for a useful tolerance; run by
 * {@code mvn verify} (the "slow" tag), not by {@code mvn test}. Tolerances and kappa as in {@link
 * QueueingTheoryTest}; the kappa here were measured over 24 replications of 1,000,000 requests
 * (seeds 5000-5023, warm-up 2,000 s) and rounded up by about 15 %.
 */
@Tag("slow")
class QueueingTheorySlowTest {
  private static final long SEED = 20261127;

  /**
   * M/M/1 at load 0.95: response time exponential with rate 0.05, mean 20 s. The relaxation time is
   * about 1 / (1 - sqrt(rho))^2 = 1,600 s, so the warm-up is 20,000 s.
   */
  @Test
  void mm1_atLoad095_responseTimeIsExponentialWithRateMuMinusLambda() {
    // kappa measured: mean 37.1, p50 32.3, p90 42.4, p99 69.4
    Outcome o =
        Network.run(
            SEED,
            new ArrivalProcess.Poisson(0.95),
            20_000,
            20_000_000 / 0.95,
            Network.single(1, "exponential(mean=1s)"));
    double m = 1 / (1 - 0.95);
    assertNear("mean response", m, o.response().mean(), 43, o.measured());
    assertNear("p50", m * Math.log(2), o.response().percentile(50), 37, o.measured());
    assertNear("p90", m * Math.log(10), o.response().percentile(90), 49, o.measured());
    assertNear("p99", m * Math.log(100), o.response().percentile(99), 80, o.measured());
  }

  /** M/M/1 at load 0.8 with 10 M requests: the p99 to within 3 %, the mean to within 1.4 %. */
  @Test
  void mm1_atLoad08_longRun_pinsTheTailWithinThreePercent() {
    // kappa as in QueueingTheoryTest: mean 11, p99 22.5
    Outcome o =
        Network.run(
            SEED + 1,
            new ArrivalProcess.Poisson(0.8),
            500,
            10_000_000 / 0.8,
            Network.single(1, "exponential(mean=1s)"));
    double m = 1 / (1 - 0.8);
    assertNear("mean response", m, o.response().mean(), 11, o.measured());
    assertNear("p99", m * Math.log(100), o.response().percentile(99), 22.5, o.measured());
  }
}
