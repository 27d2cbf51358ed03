package kubeplan.queueing;

import static kubeplan.stats.Tolerance.assertNear;

import kubeplan.arrival.ArrivalProcess;
import kubeplan.arrival.Arrivals;
import kubeplan.queueing.Network.Outcome;
import org.junit.jupiter.api.Test;

/**
 * The blocks reproduce queueing theory. Each case runs one fixed seed for N measured requests and
 * checks each metric with |estimate - truth| <= 4 kappa / sqrt(N) * truth
 * ({@link kubeplan.stats.Tolerance}).
 *
 * <p>Where kappa comes from: each case was run for 30 replications (seeds 5000-5029) of about
 * 200,000 measured requests, and kappa = (standard deviation of the 30 estimates / truth) *
 * sqrt(N). The constants below are those measurements rounded up by about 15 %, the standard error
 * of a 30-sample standard deviation; the measured value is in each comment. For the M/M/1 mean they
 * agree with measurement.md (3.6 at load 0.5, 9 at 0.8). For a split, N counts the requests of all
 * targets.
 *
 * <p>What a bug would move: an off-by-one in servers moves P(wait) by 40 % or more; a rate given
 * where a mean is expected moves every time by a factor of mu^2; LIFO or processor sharing leave
 * the M/M/1 mean alone but move its p90 and p99 by far more than their tolerance.
 */
class QueueingTheoryTest {
  private static final long SEED = 20261127;
  private static final String EXP_1S = "exponential(mean=1s)";

  /** M/M/1: the response time is exponential with rate mu - lambda. */
  @Test
  void mm1_atLoad05_responseTimeIsExponentialWithRateMuMinusLambda() {
    // kappa measured: mean 3.43, p50 3.34, p90 3.78, p99 6.89, utilisation 1.33, P(wait) 2.07
    Outcome o =
        Network.run(
            SEED, new ArrivalProcess.Poisson(0.5), 200, 2_000_000, Network.single(1, EXP_1S));
    double m = 1 / (1 - 0.5);
    assertNear("mean response", m, o.response().mean(), 4.0, o.measured());
    assertNear("p50", m * Math.log(2), o.response().percentile(50), 3.9, o.measured());
    assertNear("p90", m * Math.log(10), o.response().percentile(90), 4.4, o.measured());
    assertNear("p99", m * Math.log(100), o.response().percentile(99), 8.0, o.measured());
    assertNear("utilisation", 0.5, o.station(0).utilisation(), 1.6, o.measured());
    assertNear("P(wait)", 0.5, o.station(0).waitProbability(), 2.4, o.measured());
  }

  @Test
  void mm1_atLoad08_responseTimeIsExponentialWithRateMuMinusLambda() {
    // kappa measured: mean 9.34, p50 8.06, p90 10.36, p99 19.26, utilisation 1.36, P(wait) 1.63
    Outcome o =
        Network.run(
            SEED, new ArrivalProcess.Poisson(0.8), 500, 1_250_000, Network.single(1, EXP_1S));
    double m = 1 / (1 - 0.8);
    assertNear("mean response", m, o.response().mean(), 11, o.measured());
    assertNear("p50", m * Math.log(2), o.response().percentile(50), 9.3, o.measured());
    assertNear("p90", m * Math.log(10), o.response().percentile(90), 12, o.measured());
    assertNear("p99", m * Math.log(100), o.response().percentile(99), 22.5, o.measured());
    assertNear("utilisation", 0.8, o.station(0).utilisation(), 1.6, o.measured());
    assertNear("P(wait)", 0.8, o.station(0).waitProbability(), 1.9, o.measured());
  }

  /** M/M/c: an arrival waits with Erlang C probability C(c, a), on average C / (c mu - lambda). */
  @Test
  void mmc_fourServersAtLoad07_waitsAsErlangC() {
    // kappa measured: P(wait) 4.70, mean wait 13.18
    assertErlangC(4, 0.7, 5.4, 15.2);
  }

  @Test
  void mmc_fourServersAtLoad09_waitsAsErlangC() {
    // kappa measured: P(wait) 3.72, mean wait 24.83
    assertErlangC(4, 0.9, 4.3, 28.6);
  }

  @Test
  void mmc_sixteenServersAtLoad07_waitsAsErlangC() {
    // kappa measured: P(wait) 13.60, mean wait 26.83
    assertErlangC(16, 0.7, 15.6, 30.9);
  }

  @Test
  void mmc_sixteenServersAtLoad09_waitsAsErlangC() {
    // kappa measured: P(wait) 8.84, mean wait 33.06
    assertErlangC(16, 0.9, 10.2, 38);
  }

  private static void assertErlangC(
      int c, double load, double kappaWaitProbability, double kappaMeanWait) {
    double a = load * c;
    Outcome o =
        Network.run(
            SEED, new ArrivalProcess.Poisson(a), 1000, 500_000 / a, Network.single(c, EXP_1S));
    double waitProbability = Theory.erlangC(c, a);
    assertNear(
        "P(wait)",
        waitProbability,
        o.station(0).waitProbability(),
        kappaWaitProbability,
        o.measured());
    assertNear(
        "mean wait",
        waitProbability / (c - a),
        o.station(0).meanWait(),
        kappaMeanWait,
        o.measured());
  }

  /** Pollaczek-Khinchine: Wq = rho E[S] (1 + cv^2) / (2 (1 - rho)); M/D/1 has cv = 0. */
  @Test
  void md1_atLoad07_waitsAsPollaczekKhinchine() {
    // kappa measured: mean wait 6.26, mean response 3.37
    double rho = 0.7;
    Outcome o =
        Network.run(
            SEED,
            new ArrivalProcess.Poisson(rho),
            1000,
            500_000 / rho,
            Network.single(1, "constant(1s)"));
    double wait = rho / (2 * (1 - rho));
    assertNear("mean wait", wait, o.station(0).meanWait(), 7.2, o.measured());
    assertNear("mean response", 1 + wait, o.response().mean(), 3.9, o.measured());
  }

  @Test
  void mg1_lognormalServiceAtLoad07_waitsAsPollaczekKhinchine() {
    // kappa measured: mean wait 15.47, mean response 12.39
    double rho = 0.7;
    double cv = 1.5;
    Outcome o =
        Network.run(
            SEED,
            new ArrivalProcess.Poisson(rho),
            1000,
            500_000 / rho,
            Network.single(1, "lognormal(mean=1s, cv=1.5)"));
    double wait = rho * (1 + cv * cv) / (2 * (1 - rho));
    assertNear("mean wait", wait, o.station(0).meanWait(), 17.8, o.measured());
    assertNear("mean response", 1 + wait, o.response().mean(), 14.3, o.measured());
  }

  /**
   * A thread-per-request server holds its worker through its own work S (exponential, 0.5 s) and a
   * downstream call D (exponential, 0.3 s), so it is an M/G/1 queue whose holding time is S + D:
   * E[H] = 0.8 s, E[H^2] = Var S + Var D + E[H]^2 = 0.98 s^2, and at lambda = 1/s
   * Pollaczek-Khinchine gives Wq = lambda E[H^2] / (2 (1 - rho)) = 2.45 s.
   */
  @Test
  void holdUntilRelease_withADownstreamCall_waitsAsMg1WithTheHoldingTime() {
    // kappa measured: mean wait 9.19, mean response 7.04, utilisation 1.28, P(wait) 1.40
    Outcome o =
        Network.run(
            SEED,
            new ArrivalProcess.Poisson(1),
            1000,
            500_000,
            Network.holding("exponential(mean=0.5s)", "exponential(mean=0.3s)"));
    double wait = 1 * 0.98 / (2 * (1 - 0.8));
    assertNear("mean wait", wait, o.station(0).meanWait(), 10.6, o.measured());
    assertNear("mean response", wait + 0.8, o.response().mean(), 8.1, o.measured());
    assertNear(
        "utilisation (held time is busy)", 0.8, o.station(0).utilisation(), 1.5, o.measured());
    assertNear("P(wait)", 0.8, o.station(0).waitProbability(), 1.6, o.measured());
  }

  /**
   * M/M/c/K (2 servers, 3 places, offered load 1.8): an arrival is blocked with probability p_K
   * (PASTA) and the throughput is lambda (1 - p_K).
   */
  @Test
  void mmck_twoServersThreePlaces_blocksWithProbabilityPK() {
    // kappa measured: blocking 4.52, throughput 0.71
    double lambda = 1.8;
    Outcome o =
        Network.run(
            SEED,
            new ArrivalProcess.Poisson(lambda),
            1000,
            500_000 / lambda,
            Network.bounded(2, 3, EXP_1S));
    double blocking = Theory.mmckProbabilities(2, 5, lambda)[5];
    long n = o.measured() + o.rejectedMeasured();
    assertNear("blocking probability", blocking, o.station(0).rejectionProbability(), 5.2, n);
    assertNear("throughput", lambda * (1 - blocking), o.station(0).throughputPerSecond(), 0.9, n);
  }

  /**
   * Jackson tandem of M/M/1 queues: the sojourns are independent exponentials with rates mu_i -
   * lambda, so the response time is their (hypoexponential) sum.
   */
  @Test
  void tandemOfTwo_responseTimeIsTheSumOfIndependentExponentials() {
    // kappa measured: mean 2.93, p50 2.55, p99 8.17, mean wait at the second 5.14
    double[] rates = {1 - 0.6, 1.25 - 0.6};
    Outcome o =
        Network.run(
            SEED,
            new ArrivalProcess.Poisson(0.6),
            1000,
            500_000 / 0.6,
            Network.tandem(EXP_1S, "exponential(mean=0.8s)"));
    assertNear(
        "mean response", 1 / rates[0] + 1 / rates[1], o.response().mean(), 3.4, o.measured());
    assertNear(
        "p50",
        Theory.hypoexponentialQuantile(rates, 0.5),
        o.response().percentile(50),
        2.9,
        o.measured());
    assertNear(
        "p99",
        Theory.hypoexponentialQuantile(rates, 0.99),
        o.response().percentile(99),
        9.4,
        o.measured());
    assertNear(
        "mean wait at the second",
        0.48 * 0.8 / (1 - 0.48),
        o.station(1).meanWait(),
        5.9,
        o.measured());
  }

  @Test
  void tandemOfThree_responseTimeIsTheSumOfIndependentExponentials() {
    // kappa measured: mean 2.52, p50 2.20, p99 7.82, mean wait at the third 5.07
    double[] rates = {1 - 0.6, 1.25 - 0.6, 2 - 0.6};
    Outcome o =
        Network.run(
            SEED,
            new ArrivalProcess.Poisson(0.6),
            1000,
            500_000 / 0.6,
            Network.tandem(EXP_1S, "exponential(mean=0.8s)", "exponential(mean=0.5s)"));
    assertNear(
        "mean response",
        1 / rates[0] + 1 / rates[1] + 1 / rates[2],
        o.response().mean(),
        2.9,
        o.measured());
    assertNear(
        "p50",
        Theory.hypoexponentialQuantile(rates, 0.5),
        o.response().percentile(50),
        2.6,
        o.measured());
    assertNear(
        "p99",
        Theory.hypoexponentialQuantile(rates, 0.99),
        o.response().percentile(99),
        9.0,
        o.measured());
    assertNear(
        "mean wait at the third",
        0.3 * 0.5 / (1 - 0.3),
        o.station(2).meanWait(),
        5.9,
        o.measured());
  }

  /**
   * Round robin over k = 3 replicas gives each every third arrival of a Poisson stream at 2.4/s:
   * Erlang-3 interarrivals, an E_3/M/1 queue at load 0.8 with P(wait) = sigma and mean wait sigma /
   * (mu (1 - sigma)), where sigma = (lambda / (lambda + mu (1 - sigma)))^3.
   */
  @Test
  void roundRobinSplit_eachReplicaIsAnErlangArrivalsQueue() {
    // kappa measured: mean wait 19.01 (replica 0), 19.84 (replica 2); P(wait) 3.64, 3.98 (replicas
    // 0, 1); the replicas are alike, so each takes the larger of the two
    Outcome o =
        Network.run(
            SEED,
            new ArrivalProcess.Poisson(2.4),
            1000,
            600_000 / 2.4,
            Network.split(3, EXP_1S, (wiring, stations) -> Balancer.roundRobin(3)));
    double sigma = Theory.erlangArrivalsSigma(3, 2.4, 1);
    for (int i = 0; i < 3; i++) {
      assertNear(
          "P(wait) at replica " + i, sigma, o.station(i).waitProbability(), 4.6, o.measured());
      assertNear(
          "mean wait at replica " + i,
          sigma / (1 - sigma),
          o.station(i).meanWait(),
          22.8,
          o.measured());
    }
  }

  /** 10 users thinking 5 s on average at one exponential station of mean 1 s: exact MVA. */
  @Test
  void closedSystem_tenUsersWithThinkTime_matchesMeanValueAnalysis() {
    // kappa measured: mean response 2.50, throughput 1.11
    double[] mva = Theory.meanValueAnalysis(10, 1, 5);
    Outcome o =
        Network.run(
            SEED,
            Arrivals.parse("closed(users=10, thinkTime=exponential(mean=5s))", null),
            1000,
            300_000 / mva[1],
            Network.single(1, EXP_1S));
    assertNear("mean response", mva[0], o.response().mean(), 2.9, o.measured());
    assertNear("throughput", mva[1], o.station(0).throughputPerSecond(), 1.3, o.measured());
  }
}
