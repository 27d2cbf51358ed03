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
   * where F counts the failed requests: dropping a failure from the right-hand sum removes at most
   * t. A configuration meets the SLO only if its error rate (failed over arrived, measured) is at
   * most the errorRate target e, and without an error target F may be every request (e = 1).
   * Arrivals are Poisson, so per second that is at least
   *   g(t) = sum over services s of lambda_s E[min(X_s, t)] - e lambda t
   * in expectation, for every t; the best cap is the (1 - e lambda / lambda_routed) quantile of
   * the routed sizes, so t is taken as the best of each service's own such quantile and 0. For
   * constant sizes this is the request mix's mean size with the e share of the largest removed.
   * E[min(X, t)] = integral over u of min(Q(u), t) of the quantile function Q, which rises, so its
   * left Riemann sum is below it. Load balancers bill the requests that reach them (all but the
   * failures) in and, unless they return directly, their responses out; the same argument holds
   * with a cap on each.
   *
   * A simulated cost is a mean over R >= run.replications windows of T seconds: its usage can fall
   * below its expectation by sampling error. The capped sum over Poisson arrivals has a standard
   * error of at most t sqrt(lambda_routed / (R T)) a second (each term is at most t), and the
   * failures' term varies with the arrivals by a share e of that, so the bound is lowered by
   * SAMPLING_Z (1 + e) such standard errors: a simulated figure falls below it with probability
   * 3e-5 (normal approximation of sums over thousands of requests). It is
   *   g(t) - a t,  a = SAMPLING_Z (1 + e) sqrt(lambda_routed / (R T)),
   * so the allowance only shifts the best cap, as if a more requests a second failed.
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

  /** Steps of the left Riemann sum of a quantile function. */
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
    double routed = scenario.services().stream()
        .mapToDouble(s -> load.fromClientsPerSecond(s.name())).sum();
    double windowSeconds = scenario.run().duration().toNanos() / 1e9;
    double failing = errorBudget * ratePerSecond
        + SAMPLING_Z * (1 + errorBudget) * Math.sqrt(routed / (replications * windowSeconds));
    Capped sizes = new Capped(scenario, load, failing);
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

  /** Sizes of the routed requests, capped, less what {@code failing} requests a second carry. */
  private record Capped(Scenario scenario, OfferedLoad load, double failing) {
    /** max over the candidate caps t of g(t) − a t, in bytes a second. */
    double bytesPerSecond(Function<ServiceSpec, Distribution> size) {
      double best = 0;
      for (ServiceSpec service : scenario.services()) {
        double rate = load.fromClientsPerSecond(service.name());
        double cap = rate > failing ? size.apply(service).quantile(1 - failing / rate) : 0;
        if (Double.isFinite(cap)) {
          best = Math.max(best, withCap(size, cap));
        }
      }
      return best;
    }

    private double withCap(Function<ServiceSpec, Distribution> size,
        double cap) {
      double bytes = -failing * cap;
      for (ServiceSpec service : scenario.services()) {
        bytes += load.fromClientsPerSecond(service.name()) * cappedMean(size.apply(service), cap);
      }
      return bytes;
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
}
