package kubeplan.exposure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;
import kubeplan.cost.CostLine;
import kubeplan.cost.ExposureCost;
import kubeplan.replication.PooledPercentiles;
import kubeplan.results.CdfPoint;
import kubeplan.results.ComponentResult;
import kubeplan.results.CostItem;
import kubeplan.results.Difference;
import kubeplan.results.DifferenceMetric;
import kubeplan.results.ErrorRates;
import kubeplan.results.Estimate;
import kubeplan.results.ExposureResults;
import kubeplan.results.Hop;
import kubeplan.results.HopResult;
import kubeplan.results.LatencyCdf;
import kubeplan.results.LatencyResults;
import kubeplan.results.RouteResult;
import kubeplan.results.SloCheck;
import kubeplan.results.SloTarget;
import kubeplan.results.Summary;
import kubeplan.stats.LatencyHistogram;
import org.HdrHistogram.AbstractHistogram;

/**
 * Turns the replications of one exposure at one sweep point into its results: estimates with
 * confidence intervals over replications, percentiles pooled across them, and paired
 * differences against the baseline exposure (measurement.md).
 */
final class PointAssembly {
  private static final double MS = 1e3;
  private static final double NANOS_PER_MS = 1e6;

  private final double confidence;
  private final List<SloTarget> slo;

  PointAssembly(double confidence, List<SloTarget> slo) {
    this.confidence = confidence;
    this.slo = List.copyOf(slo);
  }

  ExposureResults exposure(ExposurePlan plan, List<ReplicationOutcome> runs,
      List<ExposureCost> costs, Optional<Replicated> baseline, boolean unstable) {
    Replicated mine = new Replicated(runs, costs);
    Summary summary = summary(runs, unstable);
    Optional<LatencyResults> latency = latency(runs, r -> r.requests().latency);
    Optional<LatencyResults> edge = latency(runs, r -> r.requests().edgeLatency);
    List<SloCheck> checks = new ArrayList<>();
    for (SloTarget target : slo) {
      checks.add(new SloCheck(target, measured(target, mine,
          plan.scenario.slo().measuredAt() == kubeplan.scenario.SloSpec.MeasuredAt.EDGE
              ? edge : latency)));
    }
    List<Difference> differences = baseline
        .map(base -> differences(plan.scenario.exposures().get(0).name(), mine, base))
        .orElse(List.of());
    return new ExposureResults(plan.exposure.name(), plan.exposure.type(), summary, latency,
        checks, differences, routes(plan, runs), components(plan, runs), hops(runs),
        costItems(costs));
  }

  /** The per-replication values one exposure contributes to paired differences. */
  record Replicated(List<ReplicationOutcome> runs, List<ExposureCost> costs) {
    double[] values(ToDoubleFunction<ReplicationOutcome> metric) {
      return runs.stream().mapToDouble(metric).toArray();
    }

    double[] monthlyCosts() {
      return costs.stream().mapToDouble(ExposureCost::usdPerMonth).toArray();
    }
  }

  private Summary summary(List<ReplicationOutcome> runs, boolean unstable) {
    long measured = 0;
    long[] errors = new long[ErrorCause.values().length];
    long fewest = Long.MAX_VALUE;
    double offered = 0;
    double throughput = 0;
    for (ReplicationOutcome run : runs) {
      Measurements m = run.requests();
      measured += m.measured;
      fewest = Math.min(fewest, m.measured);
      offered += m.measured / run.windowSeconds() / runs.size();
      throughput += m.succeeded / run.windowSeconds() / runs.size();
      for (int e = 0; e < errors.length; e++) {
        errors[e] += m.errors[e];
      }
    }
    double n = Math.max(1, measured);
    ErrorRates rates = new ErrorRates(errors[ErrorCause.REJECTED.ordinal()] / n,
        errors[ErrorCause.TIMEOUT.ordinal()] / n, errors[ErrorCause.UNROUTABLE.ordinal()] / n,
        errors[ErrorCause.DROPPED.ordinal()] / n);
    return new Summary(runs.size(), fewest, offered, throughput, rates, unstable);
  }

  private Optional<LatencyResults> latency(List<ReplicationOutcome> runs,
      java.util.function.Function<ReplicationOutcome, LatencyHistogram> histogram) {
    List<AbstractHistogram> histograms = new ArrayList<>();
    double[] means = new double[runs.size()];
    for (int r = 0; r < runs.size(); r++) {
      LatencyHistogram h = histogram.apply(runs.get(r));
      if (h.count() == 0) {
        return Optional.empty();
      }
      histograms.add(h.histogram());
      means[r] = h.mean();
    }
    PooledPercentiles pooled = PooledPercentiles.of(histograms);
    AbstractHistogram all = pooled.histogram();
    List<CdfPoint> cdf = new ArrayList<>();
    for (double fraction : LatencyCdf.FRACTIONS) {
      cdf.add(new CdfPoint(fraction, all.getValueAtPercentile(fraction * 100) / NANOS_PER_MS));
    }
    return Optional.of(new LatencyResults(
        ms(kubeplan.replication.Estimate.mean(means, confidence), MS),
        ms(pooled.at(50, confidence), 1 / NANOS_PER_MS),
        ms(pooled.at(90, confidence), 1 / NANOS_PER_MS),
        ms(pooled.at(99, confidence), 1 / NANOS_PER_MS),
        all.getValueAtPercentile(99.9) / NANOS_PER_MS,
        all.getMaxValue() / NANOS_PER_MS,
        new LatencyCdf(cdf)));
  }

  private static Estimate ms(kubeplan.replication.Estimate estimate, double scale) {
    double half = estimate.halfWidth();
    return new Estimate(estimate.value() * scale,
        Double.isFinite(half) ? half * scale : 0);
  }

  private Optional<Estimate> measured(SloTarget target, Replicated mine,
      Optional<LatencyResults> latency) {
    return switch (target.metric()) {
      case ERROR_RATE -> Optional.of(ms(kubeplan.replication.Estimate.mean(
          mine.values(ReplicationOutcome::errorRate), confidence), 1));
      case LATENCY_MEAN -> latency.map(LatencyResults::meanMs);
      case LATENCY_P50 -> latency.map(LatencyResults::p50Ms);
      case LATENCY_P90 -> latency.map(LatencyResults::p90Ms);
      case LATENCY_P99 -> latency.map(LatencyResults::p99Ms);
      case LATENCY_P999 -> latency.map(l -> new Estimate(l.p999Ms(), 0));
    };
  }

  private List<Difference> differences(String baselineName, Replicated mine, Replicated base) {
    List<Difference> differences = new ArrayList<>();
    differences.add(difference(baselineName, DifferenceMetric.LATENCY_MEAN,
        mine.values(ReplicationOutcome::meanLatencyMs), base.values(ReplicationOutcome::meanLatencyMs)));
    differences.add(difference(baselineName, DifferenceMetric.LATENCY_P99,
        mine.values(run -> run.latencyPercentileMs(99)), base.values(run -> run.latencyPercentileMs(99))));
    differences.add(difference(baselineName, DifferenceMetric.ERROR_RATE,
        mine.values(ReplicationOutcome::errorRate), base.values(ReplicationOutcome::errorRate)));
    differences.add(difference(baselineName, DifferenceMetric.COST_PER_MONTH, mine.monthlyCosts(),
        base.monthlyCosts()));
    return differences;
  }

  private Difference difference(String baseline, DifferenceMetric metric, double[] mine,
      double[] base) {
    kubeplan.replication.Estimate paired =
        kubeplan.replication.Estimate.pairedDifference(mine, base, confidence);
    double baseMean = java.util.Arrays.stream(base).average().orElse(0);
    double half = Double.isFinite(paired.halfWidth()) ? paired.halfWidth() : 0;
    return new Difference(baseline, metric, paired.value(), half,
        baseMean != 0 ? OptionalDouble.of(paired.value() / baseMean) : OptionalDouble.empty());
  }


  private static List<RouteResult> routes(ExposurePlan plan, List<ReplicationOutcome> runs) {
    List<RouteResult> routes = new ArrayList<>();
    var mix = plan.scenario.workload().mix();
    for (int m = 0; m < mix.size(); m++) {
      long measured = 0;
      long succeeded = 0;
      double window = 0;
      for (ReplicationOutcome run : runs) {
        measured += run.requests().routeMeasured[m];
        succeeded += run.requests().routeSucceeded[m];
        window += run.windowSeconds();
      }
      int route = m;
      LatencyHistogram h = pool(runs, run -> run.requests().routeLatency[route]);
      int[] instances = plan.routeInstances[m];
      String target = instances.length == 0 ? "" : plan.instances.spec(instances[0]).name();
      boolean any = h.count() > 0;
      routes.add(new RouteResult(mix.get(m).route(), target, measured / window,
          measured == 0 ? 0 : 1 - (double) succeeded / measured,
          any ? OptionalDouble.of(h.mean() * MS) : OptionalDouble.empty(),
          any ? OptionalDouble.of(h.percentile(50) * MS) : OptionalDouble.empty(),
          any ? OptionalDouble.of(h.percentile(99) * MS) : OptionalDouble.empty()));
    }
    return routes;
  }

  private static List<ComponentResult> components(ExposurePlan plan,
      List<ReplicationOutcome> runs) {
    Map<String, double[]> sums = new LinkedHashMap<>();
    Map<String, ReplicationOutcome.StationMeasure> first = new LinkedHashMap<>();
    for (ReplicationOutcome run : runs) {
      for (ReplicationOutcome.StationMeasure station : run.stations()) {
        var s = station.statistics();
        first.putIfAbsent(station.component(), station);
        double[] sum = sums.computeIfAbsent(station.component(), k -> new double[5]);
        sum[0] += s.utilisation();
        sum[1] += s.meanQueueLength();
        sum[2] += s.meanWait() * MS;
        sum[3] += s.completions() / run.windowSeconds();
        sum[4] += s.rejections() / run.windowSeconds();
      }
    }
    List<ComponentResult> components = new ArrayList<>();
    int n = runs.size();
    for (Map.Entry<String, double[]> entry : sums.entrySet()) {
      var station = first.get(entry.getKey());
      double[] sum = entry.getValue();
      components.add(new ComponentResult(entry.getKey(), station.kind(), station.zone(),
          station.node(), OptionalDouble.of(sum[0] / n), OptionalDouble.of(sum[1] / n),
          OptionalDouble.of(sum[2] / n), sum[3] / n, sum[4] / n));
    }
    components.addAll(loadBalancers(plan, runs));
    components.addAll(nodeProxies(plan, runs));
    return components;
  }

  /** kube-proxy on each node that forwarded anything: a delay, so only its throughput. */
  private static List<ComponentResult> nodeProxies(ExposurePlan plan,
      List<ReplicationOutcome> runs) {
    List<ComponentResult> components = new ArrayList<>();
    for (int n = 0; n < plan.nodes.size(); n++) {
      double rps = 0;
      for (ReplicationOutcome run : runs) {
        rps += run.traffic().proxiedRequests[n] / run.windowSeconds() / runs.size();
      }
      if (rps > 0) {
        var node = plan.nodes.get(n);
        components.add(new ComponentResult("node-proxy/" + node.name(),
            kubeplan.results.ComponentKind.NODE_PROXY, Optional.of(node.zone().name()),
            Optional.of(node.name()), OptionalDouble.empty(), OptionalDouble.empty(),
            OptionalDouble.empty(), rps, 0));
      }
    }
    return components;
  }

  /** A cloud LB is a pure delay here: its throughput, with no servers to be utilised. */
  private static List<ComponentResult> loadBalancers(ExposurePlan plan,
      List<ReplicationOutcome> runs) {
    List<ComponentResult> components = new ArrayList<>();
    for (int lb = 0; lb < plan.loadBalancers(); lb++) {
      double rps = 0;
      for (ReplicationOutcome run : runs) {
        rps += run.traffic().lbRequests[lb] / run.windowSeconds() / runs.size();
      }
      components.add(new ComponentResult(plan.loadBalancerName(lb),
          kubeplan.results.ComponentKind.LOAD_BALANCER, Optional.empty(), Optional.empty(),
          OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), rps, 0));
    }
    return components;
  }

  /**
   * Per hop, the mean over replications of the time a successful request spent in it (0 for those
   * that did not take it), so that the hop means add up to the mean latency exactly.
   */
  private static List<HopResult> hops(List<ReplicationOutcome> runs) {
    List<HopResult> hops = new ArrayList<>();
    long succeeded = 0;
    for (ReplicationOutcome run : runs) {
      succeeded += run.requests().succeeded;
    }
    for (Hop hop : Hop.values()) {
      int h = hop.ordinal();
      double meanSeconds = 0;
      long taken = 0;
      for (ReplicationOutcome run : runs) {
        Measurements m = run.requests();
        meanSeconds += m.succeeded == 0 ? 0 : m.hopSeconds[h] / m.succeeded / runs.size();
        taken += m.hopTaken[h];
      }
      LatencyHistogram pooled = pool(runs, run -> run.requests().hopLatency[h]);
      hops.add(new HopResult(hop, meanSeconds * MS,
          taken > 0 ? OptionalDouble.of(pooled.percentile(99) * MS) : OptionalDouble.empty(),
          succeeded == 0 ? 0 : Math.min(1, (double) taken / succeeded)));
    }
    return hops;
  }

  /** One histogram per replication, pooled into a new one. */
  private static LatencyHistogram pool(List<ReplicationOutcome> runs,
      java.util.function.Function<ReplicationOutcome, LatencyHistogram> histogram) {
    LatencyHistogram pooled = histogram.apply(runs.get(0)).copy();
    for (int r = 1; r < runs.size(); r++) {
      pooled.add(histogram.apply(runs.get(r)));
    }
    return pooled;
  }

  /** The mean over replications of each cost line. */
  private static List<CostItem> costItems(List<ExposureCost> costs) {
    Map<String, double[]> sums = new LinkedHashMap<>();
    Map<String, CostLine> first = new LinkedHashMap<>();
    for (ExposureCost cost : costs) {
      for (CostLine line : cost.lines()) {
        first.putIfAbsent(line.item(), line);
        double[] sum = sums.computeIfAbsent(line.item(), k -> new double[2]);
        sum[0] += line.quantity() / costs.size();
        sum[1] += line.usdPerMonth() / costs.size();
      }
    }
    List<CostItem> items = new ArrayList<>();
    for (Map.Entry<String, double[]> entry : sums.entrySet()) {
      CostLine line = first.get(entry.getKey());
      items.add(new CostItem(entry.getKey(), entry.getValue()[0], line.unit(),
          line.unitPriceUsd(), entry.getValue()[1]));
    }
    return items;
  }
}
