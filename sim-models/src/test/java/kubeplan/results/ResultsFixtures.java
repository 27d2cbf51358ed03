package kubeplan.results;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import kubeplan.scenario.ExposureSpec.ExposureType;
import kubeplan.scenario.RunSpec;
import kubeplan.scenario.SloSpec.MeasuredAt;
import kubeplan.scenario.SweepValue;
import kubeplan.scenario.Warmup;

/**
 * Results of plausible shape for tests of everything that consumes {@link ScenarioResults}. Each
 * exposure behaves like an M/M/1 pod behind a fixed network overhead: at load rho its mean latency
 * is {@code overhead + service / (1 - rho)} and its quantile q is {@code overhead + service / (1 -
 * rho) * -ln(1 - q)}, so every figure is consistent with the others.
 */
public final class ResultsFixtures {
  /** p99 at most 50 ms and at most 0.1 % errors, measured at the client. */
  public static final Slo SLO =
      new Slo(
          List.of(
              new SloTarget(SloMetric.LATENCY_P99, 50), new SloTarget(SloMetric.ERROR_RATE, 0.001)),
          MeasuredAt.CLIENT);

  /** The three exposures of the seed scenario, in the order of the file. */
  public static final List<Profile> EXPOSURES =
      List.of(
          new Profile("lb-per-service", ExposureType.LOAD_BALANCER, 4.2, 4.0, 5000, 16.43),
          new Profile("nodeport", ExposureType.NODE_PORT, 3.9, 4.0, 5000, 0),
          new Profile("ingress", ExposureType.INGRESS, 4.9, 4.0, 4000, 0));

  private static final long REPLICATION_REQUESTS = 600_000;

  private ResultsFixtures() {}

  /** One exposure's behaviour: network overhead, mean service time, capacity, LB price. */
  public record Profile(
      String name,
      ExposureType type,
      double overheadMs,
      double serviceMs,
      double capacityRps,
      double loadBalancerPerServiceUsd) {}

  /** The seed scenario without a sweep: one point at 2000 requests per second, 3 services. */
  public static ScenarioResults threeExposures() {
    return scenario("seed-three-exposures", List.of(), List.of(point(0, List.of(), 2000, 3)));
  }

  /** A sweep of the arrival rate over 500, 1000, 2000 and 4000 per second, 3 services. */
  public static ScenarioResults rateSweep() {
    List<PointResults> points = new ArrayList<>();
    double[] rates = {500, 1000, 2000, 4000};
    for (int i = 0; i < rates.length; i++) {
      points.add(point(i, List.of(rate(rates[i])), rates[i], 3));
    }
    return scenario("rate-sweep", List.of(rateKey()), points);
  }

  /** Rate (1000, 2000 per second) times the number of services (1, 5, 20), first key slowest. */
  public static ScenarioResults rateByServicesSweep() {
    List<PointResults> points = new ArrayList<>();
    for (double rate : new double[] {1000, 2000}) {
      for (int services : new int[] {1, 5, 20}) {
        List<SweepValue> values =
            List.of(
                rate(rate),
                new SweepValue(Integer.toString(services), OptionalDouble.of(services)));
        points.add(point(points.size(), values, rate, services));
      }
    }
    List<SweepKey> keys =
        List.of(rateKey(), new SweepKey("services[foo].copies", Optional.empty()));
    ScenarioResults results = scenario("rate-by-services", keys, points);
    return new ScenarioResults(
        results.name(),
        results.description(),
        results.source(),
        results.seed(),
        results.run(),
        keys,
        points,
        SLO,
        List.of(servicesBreakEven()),
        results.warnings(),
        results.reproducibility());
  }

  /** Like {@link #threeExposures()}, with an exposure whose every request failed. */
  public static ScenarioResults withFailedExposure() {
    PointResults point = point(0, List.of(), 2000, 3);
    List<ExposureResults> exposures = new ArrayList<>(point.exposures());
    ExposureResults failed =
        new ExposureResults(
            "broken-nodeport",
            ExposureType.NODE_PORT,
            new Summary(10, 600_000, 2000, 0, new ErrorRates(0, 0.25, 0.75, 0), false),
            Optional.empty(),
            SLO.targets().stream()
                .map(
                    target ->
                        new SloCheck(
                            target,
                            target.metric() == SloMetric.ERROR_RATE
                                ? Optional.of(new Estimate(1, 0))
                                : Optional.empty()))
                .toList(),
            List.of(
                new Difference(
                    "lb-per-service", DifferenceMetric.ERROR_RATE, 1, 0, OptionalDouble.empty())),
            List.of(
                new RouteResult(
                    "foo.mydomain.com/",
                    "foo",
                    2000,
                    1,
                    OptionalDouble.empty(),
                    OptionalDouble.empty(),
                    OptionalDouble.empty())),
            List.of(),
            List.of(),
            List.of(new CostItem("nodes", 4380, "node-hours", 0.096, 420.48)));
    exposures.add(failed);
    return scenario(
        "with-failed-exposure", List.of(), List.of(new PointResults(0, List.of(), exposures)));
  }

  /** A scenario with the given sweep and points and this class's fixed settings. */
  public static ScenarioResults scenario(
      String name, List<SweepKey> keys, List<PointResults> points) {
    return new ScenarioResults(
        name,
        "Compares a LoadBalancer per Service, NodePorts and one Ingress at a steady load.",
        new ScenarioSource(
            new FileDigest("scenarios/" + name + ".yaml", "ab".repeat(32)),
            List.of(new FileDigest("manifests/seed-ingress.yaml", "0f".repeat(32)))),
        20261127,
        new RunSpec(
            Duration.ofSeconds(300),
            new Warmup.Fixed(Duration.ofSeconds(30)),
            10,
            0.95,
            Optional.empty()),
        keys,
        points,
        SLO,
        List.of(),
        List.of("station pod/foo/0 is overloaded at point 3: offered load 1.25"),
        new Reproducibility(
            "0.1.0-SNAPSHOT",
            List.of("kubeplan", "run", "scenarios/" + name + ".yaml"),
            2,
            Instant.parse("2026-11-27T14:00:00Z"),
            Duration.ofMillis(12_345)));
  }

  /** One point where every exposure of {@link #EXPOSURES} serves {@code rateRps}. */
  public static PointResults point(
      int index, List<SweepValue> values, double rateRps, int services) {
    ExposureResults baseline = exposure(EXPOSURES.get(0), rateRps, services, Optional.empty());
    List<ExposureResults> exposures = new ArrayList<>(List.of(baseline));
    for (Profile profile : EXPOSURES.subList(1, EXPOSURES.size())) {
      exposures.add(exposure(profile, rateRps, services, Optional.of(baseline)));
    }
    return new PointResults(index, values, exposures);
  }

  /** One exposure's results, with differences against {@code baseline} when given. */
  public static ExposureResults exposure(
      Profile profile, double rateRps, int services, Optional<ExposureResults> baseline) {
    double rho = Math.min(rateRps / profile.capacityRps(), 0.95);
    double sojournMs = profile.serviceMs() / (1 - rho);
    double errorRate = rho > 0.9 ? 0.002 : 0.0001;
    LatencyResults latency =
        new LatencyResults(
            new Estimate(profile.overheadMs() + sojournMs, 0.02 * sojournMs),
            new Estimate(quantile(profile, sojournMs, 0.5), 0.02 * sojournMs),
            new Estimate(quantile(profile, sojournMs, 0.9), 0.04 * sojournMs),
            new Estimate(quantile(profile, sojournMs, 0.99), 0.08 * sojournMs),
            quantile(profile, sojournMs, 0.999),
            quantile(profile, sojournMs, 0.99999),
            cdf(profile, sojournMs));
    Summary summary =
        new Summary(
            10,
            REPLICATION_REQUESTS,
            rateRps,
            rateRps * (1 - errorRate),
            new ErrorRates(errorRate * 0.8, errorRate * 0.2, 0, 0),
            rho >= 0.95);
    List<CostItem> costs = costs(profile, rateRps, services);
    List<SloCheck> checks =
        List.of(
            new SloCheck(SLO.targets().get(0), Optional.of(latency.p99Ms())),
            new SloCheck(
                SLO.targets().get(1), Optional.of(new Estimate(errorRate, errorRate / 10))));
    List<Difference> differences =
        baseline.map(base -> differences(latency, errorRate, sum(costs), base)).orElse(List.of());
    return new ExposureResults(
        profile.name(),
        profile.type(),
        summary,
        Optional.of(latency),
        checks,
        differences,
        routes(rateRps, latency, errorRate),
        components(profile, rateRps, rho, sojournMs),
        hops(profile, sojournMs),
        costs);
  }

  /**
   * One Ingress costs an extra node (730 node-hours at 0.096 USD) but saves a load balancer (730
   * hours at 0.0225 USD) per Service beyond the first, so it is cheaper from 1 + 70.08 / 16.425
   * Services on.
   */
  private static BreakEven servicesBreakEven() {
    double services = 1 + 730 * 0.096 / (730 * 0.0225);
    return new BreakEven(
        "services[foo].copies",
        "cost_per_month_usd",
        "lb-per-service",
        "ingress",
        new SweepValue(String.format(Locale.ROOT, "%.1f", services), OptionalDouble.of(services)));
  }

  private static SweepKey rateKey() {
    return new SweepKey("workload.arrivals.rate", Optional.of("1/s"));
  }

  private static SweepValue rate(double rateRps) {
    return new SweepValue(Math.round(rateRps) + "/s", OptionalDouble.of(rateRps));
  }

  private static double quantile(Profile profile, double sojournMs, double q) {
    return profile.overheadMs() + sojournMs * -Math.log1p(-q);
  }

  private static LatencyCdf cdf(Profile profile, double sojournMs) {
    List<CdfPoint> points = new ArrayList<>();
    for (double fraction : LatencyCdf.FRACTIONS) {
      double q = Math.min(fraction, 0.99999);
      points.add(new CdfPoint(fraction, quantile(profile, sojournMs, q)));
    }
    return new LatencyCdf(points);
  }

  private static List<RouteResult> routes(
      double rateRps, LatencyResults latency, double errorRate) {
    return List.of(
        new RouteResult(
            "foo.mydomain.com/",
            "foo",
            rateRps * 0.6,
            errorRate,
            OptionalDouble.of(latency.meanMs().value()),
            OptionalDouble.of(latency.p50Ms().value()),
            OptionalDouble.of(latency.p99Ms().value())),
        new RouteResult(
            "mydomain.com/bar/x",
            "bar",
            rateRps * 0.2,
            errorRate,
            OptionalDouble.of(latency.meanMs().value()),
            OptionalDouble.of(latency.p50Ms().value()),
            OptionalDouble.of(latency.p99Ms().value())),
        new RouteResult(
            "other",
            "other",
            rateRps * 0.2,
            errorRate,
            OptionalDouble.of(latency.meanMs().value()),
            OptionalDouble.of(latency.p50Ms().value()),
            OptionalDouble.of(latency.p99Ms().value())));
  }

  private static List<ComponentResult> components(
      Profile profile, double rateRps, double rho, double sojournMs) {
    List<ComponentResult> components = new ArrayList<>();
    for (int pod = 0; pod < 3; pod++) {
      double podRho = Math.min(rho * (1 + 0.1 * (pod - 1)), 0.99);
      components.add(
          new ComponentResult(
              "pod/foo/" + pod,
              ComponentKind.POD,
              Optional.of(String.valueOf((char) ('a' + pod))),
              Optional.of((char) ('a' + pod) + "-0"),
              OptionalDouble.of(podRho),
              OptionalDouble.of(podRho * podRho / (1 - podRho)),
              OptionalDouble.of(sojournMs - profile.serviceMs()),
              rateRps / 3,
              0));
    }
    components.add(
        new ComponentResult(
            "load-balancer/" + profile.name(),
            ComponentKind.LOAD_BALANCER,
            Optional.empty(),
            Optional.empty(),
            OptionalDouble.empty(),
            OptionalDouble.empty(),
            OptionalDouble.empty(),
            rateRps,
            0));
    components.add(
        new ComponentResult(
            "node-proxy/a-0",
            ComponentKind.NODE_PROXY,
            Optional.of("a"),
            Optional.of("a-0"),
            OptionalDouble.of(rho / 10),
            OptionalDouble.of(0.001),
            OptionalDouble.of(0.0005),
            rateRps / 3,
            0));
    return components;
  }

  private static List<HopResult> hops(Profile profile, double sojournMs) {
    double overhead = profile.overheadMs();
    boolean viaLoadBalancer = profile.type() != ExposureType.NODE_PORT;
    return List.of(
        new HopResult(Hop.INTERNET, overhead * 0.7, OptionalDouble.of(overhead * 2), 1),
        new HopResult(
            Hop.LOAD_BALANCER,
            viaLoadBalancer ? overhead * 0.1 : 0,
            viaLoadBalancer ? OptionalDouble.of(overhead * 0.3) : OptionalDouble.empty(),
            viaLoadBalancer ? 1 : 0),
        new HopResult(
            Hop.KUBE_PROXY,
            overhead * (viaLoadBalancer ? 0.05 : 0.15),
            OptionalDouble.of(overhead * 0.2),
            1),
        new HopResult(Hop.CROSS_NODE, overhead * 0.15, OptionalDouble.of(overhead), 2.0 / 3),
        new HopResult(
            Hop.POD_QUEUE, sojournMs - profile.serviceMs(), OptionalDouble.of(sojournMs * 3), 1),
        new HopResult(
            Hop.POD_SERVICE, profile.serviceMs(), OptionalDouble.of(profile.serviceMs() * 4.6), 1));
  }

  private static List<CostItem> costs(Profile profile, double rateRps, int services) {
    double gigabytesPerMonth = rateRps * 17_184 * ExposureResults.HOURS_PER_MONTH * 3600 / 1e9;
    List<CostItem> costs = new ArrayList<>();
    int loadBalancers =
        profile.type() == ExposureType.LOAD_BALANCER
            ? services
            : profile.type() == ExposureType.INGRESS ? 1 : 0;
    if (loadBalancers > 0) {
      costs.add(
          new CostItem(
              "load-balancer-hours",
              loadBalancers * 730,
              "LB-hours",
              0.0225,
              loadBalancers * 730 * 0.0225));
      costs.add(
          new CostItem(
              "data-processed", gigabytesPerMonth, "GB", 0.006, gigabytesPerMonth * 0.006));
    }
    int nodes = profile.type() == ExposureType.INGRESS ? 7 : 6;
    costs.add(new CostItem("nodes", nodes * 730, "node-hours", 0.096, nodes * 730 * 0.096));
    costs.add(
        new CostItem("internet-egress", gigabytesPerMonth, "GB", 0.05, gigabytesPerMonth * 0.05));
    return costs;
  }

  private static double sum(List<CostItem> costs) {
    return costs.stream().mapToDouble(CostItem::usdPerMonth).sum();
  }

  private static List<Difference> differences(
      LatencyResults latency, double errorRate, double costPerMonthUsd, ExposureResults base) {
    LatencyResults baseLatency = base.latency().orElseThrow();
    return List.of(
        difference(
            base,
            DifferenceMetric.LATENCY_MEAN,
            latency.meanMs().value(),
            baseLatency.meanMs().value()),
        difference(
            base,
            DifferenceMetric.LATENCY_P99,
            latency.p99Ms().value(),
            baseLatency.p99Ms().value()),
        difference(base, DifferenceMetric.ERROR_RATE, errorRate, base.summary().errors().total()),
        difference(base, DifferenceMetric.COST_PER_MONTH, costPerMonthUsd, base.costPerMonthUsd()));
  }

  private static Difference difference(
      ExposureResults base, DifferenceMetric metric, double value, double baseValue) {
    double difference = value - baseValue;
    return new Difference(
        base.name(),
        metric,
        difference,
        Math.abs(difference) / 5,
        baseValue == 0 ? OptionalDouble.empty() : OptionalDouble.of(difference / baseValue));
  }
}
