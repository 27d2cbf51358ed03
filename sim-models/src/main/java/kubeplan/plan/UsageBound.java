package kubeplan.plan;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import kubeplan.cost.CostLine;
import kubeplan.cost.CostModel;
import kubeplan.cost.ExposureUsage;
import kubeplan.cost.LoadBalancerUsage;
import kubeplan.cost.NodeUsage;
import kubeplan.cost.PriceCatalog;
import kubeplan.random.Distribution;
import kubeplan.scenario.ExposureSpec;
import kubeplan.scenario.LoadBalancerSpec;
import kubeplan.scenario.Scenario;
import kubeplan.scenario.ServiceSpec;

/**
 * A lower bound on the usage-priced monthly cost that every configuration of an exposure meeting
 * the SLO pays at one rate, as simulated: the internet egress of its responses and the bytes its
 * load balancers process. The planner adds it to a branch's node bound to skip branches.
 *
 * @param internetEgressUsd the bound on the internet egress line, USD a month
 * @param loadBalancerUsd the bound on the load balancers' capacity units and data processed
 */
record UsageBound(double internetEgressUsd, double loadBalancerUsd) {
  /*
   * Why it is a lower bound. Take any cap t >= 0 on a size X. Every request that succeeds has
   * passed its load balancer and sent its response to the client, so in one replication's window
   *   sum over the delivered responses of X  >=  sum over routed arrivals of min(X, t) - t F,
   * where F counts the failed requests (unroutable ones, drops, 503s, timeouts, unfinished):
   * leaving out a failed one removes at most t from the right-hand sum. A configuration meets the
   * SLO only if its measured error rate F / arrivals is at most the errorRate target e; without an
   * error target F may be every request (e = 1, and the bound is 0). Arrivals are Poisson, so per
   * second that is, in expectation,
   *   g(t) = sum over services s of lambda_s E[min(X_s, t)] - e lambda t,
   * for every t. The best t is the (1 - e lambda / lambda_routed) quantile of the routed sizes; t
   * is taken as the best of each service's own (1 - e lambda / lambda_s) quantile, which for
   * constant sizes is that one: the mix's mean size with the share e of the largest removed.
   * E[min(X, t)] integrates min(Q(u), t) over u for the quantile function Q, which rises, so its
   * left Riemann sum is below it. Load balancers bill the requests that reach them (all but some
   * failures) in and, unless they return directly, their responses out: the same bound holds for
   * each direction with its own cap.
   *
   * A simulated cost is a mean over R >= run.replications windows of T seconds, so its usage
   * falls below its expectation by its sampling error. The capped sum over Poisson arrivals has
   * variance lambda_s T E[min(X_s, t)^2] per service (compound Poisson; the right Riemann sum of
   * min(Q, t)^2 is above the moment), and the failures' term varies with the arrivals by a share
   * e of it, so the bound is lowered by SAMPLING_Z (1 + e) standard errors of the mean:
   *   g(t) - SAMPLING_Z (1 + e) sqrt(sum over s of lambda_s E[min(X_s, t)^2] / (R T)).
   * A simulated figure falls below that with probability 3e-5 (normal approximation of sums over
   * thousands of requests).
   *
   * Both are priced by the cost model itself, as the usage of one load balancer of the exposure's
   * kind carrying all the bytes: capacity units are billed per load balancer on its largest
   * dimension, and the sum over load balancers of their largest dimension is at least their total
   * bytes over the bytes a unit covers; data processed and egress are linear in bytes. Everything
   * else is either the same for every configuration (load balancer hours, control plane, which the
   * planner takes from a simulated plan) or depends on the configuration and is left out
   * (connections, cross-zone transfer, public addresses per enabled zone).
   */

  /** Standard errors the sampling allowance spans: one-sided probability 3.2e-5. */
  static final double SAMPLING_Z = 4;

  /** Steps of the Riemann sums of a quantile function; the highest cap tried is Q(1 − 1/STEPS). */
  private static final int STEPS = 1024;

  private static final double SECONDS_PER_HOUR = 3600;

  /**
   * The bound for {@code exposure} of {@code scenario} at {@code ratePerSecond}.
   *
   * @param errorBudget the SLO's errorRate target, or 1 without one
   * @param replications the fewest replications a candidate is simulated with
   * @throws kubeplan.cost.CatalogException when the catalogue lacks a price the usage needs, as
   *     the simulation's pricing would
   */
  static UsageBound of(Scenario scenario, ExposureSpec exposure, double ratePerSecond,
      double errorBudget, int replications, PriceCatalog catalog) {
    OfferedLoad load = OfferedLoad.of(scenario, exposure, ratePerSecond);
    double windowSeconds = scenario.run().duration().toNanos() / 1e9;
    Capped sizes = new Capped(scenario, load, errorBudget * ratePerSecond,
        SAMPLING_Z * (1 + errorBudget) / Math.sqrt(replications * windowSeconds));
    double responses = sizes.bytesPerSecond(ServiceSpec::responseSize);
    double requests = sizes.bytesPerSecond(ServiceSpec::requestSize);
    double egress = price(scenario, exposure, catalog, List.of(), responses, "internet-egress");
    if (exposure.loadBalancer().isEmpty()) {
      return new UsageBound(egress, 0);
    }
    LoadBalancerSpec balancer = exposure.loadBalancer().get();
    double out = balancer.kind().directServerReturn() ? 0 : responses;
    LoadBalancerUsage all = new LoadBalancerUsage("load-balancer/" + exposure.name(),
        balancer.kind().key(), 1, 1, 0, 0, requests * SECONDS_PER_HOUR, out * SECONDS_PER_HOUR, 0);
    double processed = price(scenario, exposure, catalog, List.of(all), 0,
        "load-balancer-capacity-units", "data-processed");
    return new UsageBound(egress, processed);
  }

  /** USD a month, both terms. */
  double usdPerMonth() {
    return internetEgressUsd + loadBalancerUsd;
  }

  /** What the cost model bills for {@code items} of a usage with only these quantities. */
  private static double price(Scenario scenario, ExposureSpec exposure, PriceCatalog catalog,
      List<LoadBalancerUsage> loadBalancers, double egressBytesPerSecond, String... items) {
    ExposureUsage usage = new ExposureUsage(exposure.name(), scenario.cluster().provider(),
        loadBalancers, new NodeUsage(scenario.cluster().nodes().type(), 0), 0, 0, 0,
        egressBytesPerSecond * SECONDS_PER_HOUR, 0, 0);
    Set<String> wanted = Set.of(items);
    return new CostModel(catalog).price(usage).lines().stream()
        .filter(line -> wanted.contains(line.item()))
        .mapToDouble(CostLine::usdPerMonth).sum();
  }

  /**
   * Sizes of the routed requests, capped: {@code failing} requests a second may fail, and the
   * sampling allowance is {@code spread} times the square root of the capped sizes' second
   * moment rate.
   */
  private record Capped(Scenario scenario, OfferedLoad load, double failing, double spread) {
    /** The best of the candidate caps t of g(t) less its allowance, in bytes a second; ≥ 0. */
    double bytesPerSecond(Function<ServiceSpec, Distribution> size) {
      double best = 0;
      for (ServiceSpec service : scenario.services()) {
        double rate = load.fromClientsPerSecond(service.name());
        double level = Math.min(1 - failing / rate, 1 - 1.0 / STEPS);
        double cap = level > 0 ? size.apply(service).quantile(level) : 0;
        if (Double.isFinite(cap)) {
          best = Math.max(best, withCap(size, cap));
        }
      }
      return best;
    }

    private double withCap(Function<ServiceSpec, Distribution> size, double cap) {
      double bytes = -failing * cap;
      double squares = 0;
      for (ServiceSpec service : scenario.services()) {
        double rate = load.fromClientsPerSecond(service.name());
        bytes += rate * cappedMean(size.apply(service), cap);
        squares += rate * cappedSquareAbove(size.apply(service), cap);
      }
      return bytes - spread * Math.sqrt(squares);
    }
  }

  /** A lower bound on E[min(X, cap)]: the left Riemann sum of min(Q(u), cap) over u in [0, 1). */
  static double cappedMean(Distribution size, double cap) {
    double sum = 0;
    for (int step = 0; step < STEPS; step++) {
      sum += Math.min(size.quantile((double) step / STEPS), cap);
    }
    return sum / STEPS;
  }

  /**
   * An upper bound on E[min(X, cap)²]: the right Riemann sum of min(Q(u), cap)² over u in
   * (0, 1]; at u = 1 the quantile may be infinite, and the cap bounds it.
   */
  static double cappedSquareAbove(Distribution size, double cap) {
    double sum = 0;
    for (int step = 1; step <= STEPS; step++) {
      double capped = Math.min(size.quantile((double) step / STEPS), cap);
      sum += capped * capped;
    }
    return sum / STEPS;
  }
}
