package kubeplan.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import kubeplan.stats.Tolerance;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/**
 * The replication statistics against M/M/1 theory: response time is exponential with rate mu -
 * lambda, so its mean is 1 / (mu - lambda) and its p-th percentile -ln(1 - p) / (mu - lambda).
 */
class Mm1ConfidenceTest {
  private static final long SEED = 7;

  /** rho = 0.5: the relaxation time 1 / (mu (1 - sqrt rho)^2) is 11.7 s, so 100 s of warm-up. */
  private static final double LAMBDA = 0.5;

  private static final double MU = 1.0;

  @Test
  void ciOfTheMean_over100Seeds_coversTheTruthAbout95Times() {
    // 2,000 requests per replication: their mean is still a little right-skewed, so the t interval
    // covers 94.4 % rather than 95 % (measured over 1,000 seeds; 93.5 % with half the window).
    Mm1.Config config = new Mm1.Config(LAMBDA, MU, 100, 4_000);
    int covered = 0;
    for (long seed = 1; seed <= 100; seed++) {
      long scenario = seed;
      double[] means =
          Replications.run(10, r -> Mm1.replicate(config, scenario, r)).stream()
              .mapToDouble(Mm1.Stats::meanResponse)
              .toArray();
      if (Estimate.mean(means, 0.95).contains(config.meanResponse())) {
        covered++;
      }
    }
    // Binomial(100, 0.944): P(X < 90) = 2.4 %, P(X = 100) = 0.3 %; fixed seeds make it repeatable.
    assertTrue(covered >= 90 && covered <= 99, covered + " of 100 intervals covered 2 s");
  }

  @Test
  void pairedDifferences_underCommonRandomNumbers_areFarNarrowerThanUnpairedOnes() {
    Mm1.Config slow = new Mm1.Config(LAMBDA, 1.0, 100, 2_000);
    Mm1.Config fast = new Mm1.Config(LAMBDA, 1.1, 100, 2_000);
    int replications = 20;
    double[] baseline = means(Replications.run(replications, r -> Mm1.replicate(slow, SEED, r)));
    double[] common = means(Replications.run(replications, r -> Mm1.replicate(fast, SEED, r)));
    double[] independent =
        means(Replications.run(replications, r -> Mm1.replicate(fast, SEED + 1, r)));
    Estimate paired = Estimate.pairedDifference(common, baseline, 0.95);
    Estimate unpaired = Estimate.pairedDifference(independent, baseline, 0.95);
    double truth = fast.meanResponse() - slow.meanResponse();
    assertTrue(
        Estimate.pairedDifference(common, baseline, 0.999).contains(truth),
        paired + " should contain " + truth);
    // Measured: the paired half-width is about 0.2 of the unpaired one (correlation ~0.95). A ratio
    // of two 19-degree-of-freedom standard deviations varies by about 23 %, so one half is over
    // five of those above 0.2, while independent streams would give 1 +- 0.23.
    assertTrue(
        paired.halfWidth() < unpaired.halfWidth() / 2,
        "paired " + paired + " vs unpaired " + unpaired);
  }

  @Test
  void sequentialStopping_onTheMeanResponse_reachesTwoPercentAndStops() {
    Mm1.Config config = new Mm1.Config(LAMBDA, MU, 100, 4_000);
    Precision target = new Precision(0.02, 0.95, 5, 400);
    SequentialRun<Mm1.Stats> run =
        Replications.runUntil(target, r -> Mm1.replicate(config, SEED, r), Mm1.Stats::meanResponse);
    int n = run.replications().size();
    double[] means = means(run.replications());
    assertTrue(run.targetMet());
    assertTrue(run.estimate().relativeHalfWidth() < 0.02, run.estimate().toString());
    assertFalse(
        target.isMetBy(Estimate.mean(Arrays.copyOf(means, n - 1), 0.95)),
        "it stops at the first replication count that meets the target, not later");
    assertTrue(Estimate.mean(means, 0.999).contains(config.meanResponse()), run.toString());
  }

  @Test
  void pooledP99_of10ReplicationsOfOver100kRequests_matchesTheExactM_M_1Percentile() {
    Mm1.Config config = new Mm1.Config(LAMBDA, MU, 100, 210_000);
    List<Mm1.Stats> runs = Replications.run(10, r -> Mm1.replicate(config, SEED, r));
    PooledPercentiles pooled =
        PooledPercentiles.of(runs.stream().map(Mm1.Stats::response).toList());
    assertTrue(pooled.smallestReplicationCount() >= PooledPercentiles.SOUND_REPLICATION_COUNT);
    double truth = config.responsePercentile(99);
    Estimate p99 = pooled.at(99, 0.999).scaled(1e-9);
    // measurement.md: p99 needs ~6x the run of the mean for the same precision, so its noise
    // constant is kappa = sqrt(6) * 3.6 = 8.8 at rho 0.5; the estimate must lie within
    // z * kappa / sqrt(N) with z = 4, and the interval must hold the truth without being wider
    // than twice the t(0.9995; R - 1) * kappa / sqrt(N) that kappa predicts for it.
    double kappa = Math.sqrt(6) * 3.6;
    double noise = kappa / Math.sqrt(pooled.totalCount());
    double t = new TDistribution(runs.size() - 1).inverseCumulativeProbability(0.9995);
    assertEquals(truth, p99.value(), Tolerance.relative(kappa, pooled.totalCount()) * truth,
        p99 + " vs " + truth);
    assertTrue(p99.contains(truth), p99 + " should contain " + truth);
    assertTrue(p99.relativeHalfWidth() < 2 * t * noise, p99 + " is wider than kappa predicts");
  }

  @Test
  void mser5_onAQueueStartedWithABacklog_cutsTheTransient_andRemovesItsBias() {
    int backlog = 100;
    Mm1.Config config = new Mm1.Config(LAMBDA, MU, 0, 20_000, backlog);
    Mm1.Stats stats = Mm1.replicate(config, SEED, 0);
    double[] batches = stats.series().means();
    int cut = Mser5.truncation(batches);
    double warmupEnd = Mser5.warmupEnd(stats.series());
    double truncatedMean = Arrays.stream(batches, cut, batches.length).average().orElseThrow();
    // Fluid view: the backlog drains at mu - lambda per second, so it is gone after T = 200 s,
    // give or take sqrt((lambda + mu) T) / (mu - lambda) = 35 s of Poisson noise; allow 4 of those.
    double drained = backlog / (MU - LAMBDA);
    double noise = Math.sqrt((LAMBDA + MU) * drained) / (MU - LAMBDA);
    assertEquals(drained, warmupEnd, Tolerance.Z * noise, "warm-up end");
    // About 10,000 requests remain: tolerance 4 * 3.6 / sqrt(10,000) = 14.4 % (measurement.md),
    // which the truncated mean meets and the untruncated one misses.
    double tolerance = Tolerance.relative(3.6, stats.measured()) * config.meanResponse();
    assertEquals(config.meanResponse(), truncatedMean, tolerance, "after the cut at " + cut);
    assertTrue(
        Math.abs(stats.meanResponse() - config.meanResponse()) > tolerance,
        "without the cut the mean is biased: " + stats.meanResponse());
  }

  private static double[] means(List<Mm1.Stats> runs) {
    return runs.stream().mapToDouble(Mm1.Stats::meanResponse).toArray();
  }
}
