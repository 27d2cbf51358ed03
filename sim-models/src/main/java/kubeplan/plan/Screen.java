package kubeplan.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import kubeplan.network.Cni;
import kubeplan.network.NetworkProfile;
import kubeplan.random.Distribution;
import kubeplan.results.SloMetric;
import kubeplan.results.SloTarget;
import kubeplan.scenario.ControllerSpec;
import kubeplan.scenario.ExposureSpec;
import kubeplan.scenario.Scenario;
import kubeplan.scenario.ServiceSpec;

/**
 * The analytic pre-screen of one exposure: hard bounds that discard configurations (a station's
 * utilisation must stay below 1; no latency percentile can beat the service times alone) and an
 * M/G/c approximation that only guesses where the search should start.
 */
final class Screen {
  /*
   * Bounds. (1) A station of k servers whose requests each hold a server for at least S is stable
   * only if lambda E[S] < k; calls only lengthen the holding time, so E[S] of the service time
   * is a lower bound on it and the condition stays necessary. (2) Every successful request takes
   * at least its target service's service time, so end-to-end latency stochastically dominates
   * the mixture of the targets' service times. For the p-quantile: if requests to service s are a
   * share w > 1 - p, at least w (1 - (1 - p) / w) = w - (1 - p) of all requests take at least
   * Q_s(1 - (1 - p) / w), so the p-quantile of latency is at least that. The mean is at least
   * the weighted mean service time. Neither bound depends on any decision variable.
   */

  private final Scenario base;
  private final ExposureSpec exposure;
  private final OfferedLoad load;
  private final double ratePerSecond;
  private final Optional<Distribution> controllerWork;

  Screen(Scenario base, ExposureSpec exposure, double ratePerSecond) {
    this.base = base;
    this.exposure = exposure;
    this.ratePerSecond = ratePerSecond;
    this.load = OfferedLoad.of(base, exposure, ratePerSecond);
    this.controllerWork = exposure.controller().map(this::controllerProcessing);
  }

  private Distribution controllerProcessing(ControllerSpec controller) {
    return controller.processingTime().orElseGet(() -> NetworkProfile.named(
        base.cluster().network().name().toLowerCase(),
        Cni.valueOf(base.cluster().cni().name())).controller().processingTime());
  }

  /** Mean seconds an ingress controller worker is busy per request; 0 without a controller. */
  private double controllerSeconds() {
    double response = exposure.controller().flatMap(ControllerSpec::responseProcessingTime)
        .map(Distribution::mean).orElse(0.0);
    return controllerWork.map(Distribution::mean).orElse(0.0) + response;
  }

  /** The fewest replicas of {@code service} with {@code concurrency} workers that are stable. */
  int fewestStableReplicas(String service, int concurrency) {
    ServiceSpec spec = base.service(service);
    double erlangs = load.perSecond(service) * spec.serviceTime().mean();
    return (int) Math.floor(erlangs / (spec.copies() * concurrency)) + 1;
  }

  /** The fewest ingress controller replicas that are stable; 1 without a controller. */
  int fewestStableControllerReplicas() {
    return exposure.controller()
        .map(c -> (int) Math.floor(ratePerSecond * controllerSeconds() / c.concurrency()) + 1)
        .orElse(1);
  }

  /** The offered utilisation of each station kind under {@code configuration}. */
  List<StationLoad> loads(Configuration configuration) {
    List<StationLoad> loads = new ArrayList<>();
    for (ServiceSpec spec : base.services()) {
      int pods = spec.copies() * configuration.replicas().get(spec.name());
      int workers = configuration.concurrency().get(spec.name());
      loads.add(new StationLoad("pod/" + spec.name(), pods * workers,
          load.perSecond(spec.name()) * spec.serviceTime().mean() / (pods * workers)));
    }
    exposure.controller().ifPresent(c -> {
      int workers = configuration.controllerReplicas().orElse(c.replicas()) * c.concurrency();
      loads.add(new StationLoad("ingress-controller", workers,
          ratePerSecond * controllerSeconds() / workers));
    });
    return loads;
  }

  /**
   * The target no configuration of this exposure can meet because of the service times alone,
   * with the reason; empty when the bound leaves every target reachable.
   */
  Optional<String> serviceTimeBound(List<SloTarget> targets) {
    for (SloTarget target : targets) {
      if (!target.metric().isLatency()) {
        continue;
      }
      Optional<Bound> bound = target.metric() == SloMetric.LATENCY_MEAN
          ? Optional.of(meanBound()) : quantileBound(probability(target.metric()));
      if (bound.isPresent() && bound.get().ms() > target.limit()) {
        return Optional.of(target.metric().label() + " cannot go below "
            + Plan.number(bound.get().ms()) + " ms (target " + Plan.number(target.limit())
            + " ms): "
            + bound.get().reason());
      }
    }
    return Optional.empty();
  }

  private Bound meanBound() {
    double seconds = 0;
    for (ServiceSpec spec : base.services()) {
      seconds += load.shareOfRouted(spec.name()) * spec.serviceTime().mean();
    }
    return new Bound(seconds * 1e3, "the requests' mean service time alone is "
        + Plan.number(seconds * 1e3) + " ms");
  }

  private Optional<Bound> quantileBound(double p) {
    Optional<Bound> best = Optional.empty();
    for (ServiceSpec spec : base.services()) {
      double share = load.shareOfRouted(spec.name());
      if (share <= 1 - p) {
        continue;
      }
      double level = 1 - (1 - p) / share;
      double ms = spec.serviceTime().quantile(level) * 1e3;
      if (best.isEmpty() || ms > best.get().ms()) {
        String reason = share >= 1
            ? "the service time of " + spec.name() + " alone has " + percentile(level) + " "
                + Plan.number(ms) + " ms"
            : Plan.percent(share) + " of requests go to " + spec.name()
                + ", whose service time alone has " + percentile(level) + " " + Plan.number(ms)
                + " ms";
        best = Optional.of(new Bound(ms, reason));
      }
    }
    return best;
  }

  /**
   * The cheapest configuration between {@code lowest} and {@code highest} (variable by variable)
   * that the approximation expects to meet every latency target: from {@code lowest}, one step
   * at a time on the variable whose step lowers the worst ratio of approximation to target most,
   * among the steps that {@code fits} (the pods fit the plan's nodes); the last one reached when
   * none is expected to meet the targets.
   */
  Configuration guess(Configuration lowest, Configuration highest, List<SloTarget> targets,
      Predicate<Configuration> fits) {
    Configuration current = lowest;
    double worst = worstRatio(current, targets);
    while (worst > 1) {
      Configuration best = null;
      double bestRatio = worst;
      for (Configuration step : steps(current, highest)) {
        double ratio = worstRatio(step, targets);
        if ((best == null || ratio < bestRatio) && fits.test(step)) {
          best = step;
          bestRatio = ratio;
        }
      }
      if (best == null) {
        return current;
      }
      current = best;
      worst = bestRatio;
    }
    return current;
  }

  /**
   * {@code highest} when its pods fit; else the configuration reached from {@code from} by
   * raising each variable in turn, one step at a time, while the pods still fit.
   */
  Configuration largest(Configuration from, Configuration highest, Predicate<Configuration> fits) {
    if (fits.test(highest)) {
      return highest;
    }
    Configuration current = from;
    boolean grew = true;
    while (grew) {
      grew = false;
      for (String service : current.replicas().keySet()) {
        int count = current.replicas().get(service);
        if (count < highest.replicas().get(service)
            && fits.test(current.withReplicas(service, count + 1))) {
          current = current.withReplicas(service, count + 1);
          grew = true;
        }
      }
      if (current.controllerReplicas().isPresent()) {
        int count = current.controllerReplicas().getAsInt();
        if (count < highest.controllerReplicas().getAsInt()
            && fits.test(current.withControllerReplicas(count + 1))) {
          current = current.withControllerReplicas(count + 1);
          grew = true;
        }
      }
    }
    return current;
  }

  private static List<Configuration> steps(Configuration from, Configuration highest) {
    List<Configuration> steps = new ArrayList<>();
    from.replicas().forEach((service, count) -> {
      if (count < highest.replicas().get(service)) {
        steps.add(from.withReplicas(service, count + 1));
      }
    });
    if (from.controllerReplicas().isPresent() && from.controllerReplicas().getAsInt()
        < highest.controllerReplicas().getAsInt()) {
      steps.add(from.withControllerReplicas(from.controllerReplicas().getAsInt() + 1));
    }
    return steps;
  }

  /** The largest approximate latency over its target; infinite when some station is unstable. */
  private double worstRatio(Configuration configuration, List<SloTarget> targets) {
    for (StationLoad station : loads(configuration)) {
      if (station.utilisation() >= 1) {
        return Double.POSITIVE_INFINITY;
      }
    }
    Map<String, PodQueue> pods = new LinkedHashMap<>();
    for (ServiceSpec spec : base.services()) {
      int replicas = spec.copies() * configuration.replicas().get(spec.name());
      pods.put(spec.name(), new PodQueue(configuration.concurrency().get(spec.name()),
          load.perSecond(spec.name()) / replicas, spec.serviceTime()));
    }
    double shift = controllerResponse(configuration);
    double worst = 0;
    for (SloTarget target : targets) {
      if (target.metric().isLatency()) {
        double seconds = target.metric() == SloMetric.LATENCY_MEAN
            ? shift + meanResponse(pods)
            : shift + quantile(pods, probability(target.metric()));
        worst = Math.max(worst, seconds * 1e3 / target.limit());
      }
    }
    return worst;
  }

  /** The controller's approximate mean response (its queue and work), added to every request. */
  private double controllerResponse(Configuration configuration) {
    if (exposure.controller().isEmpty() || controllerSeconds() == 0) {
      return 0;
    }
    ControllerSpec c = exposure.controller().get();
    int replicas = configuration.controllerReplicas().orElse(c.replicas());
    return new PodQueue(c.concurrency(), ratePerSecond / replicas, controllerWork.orElseThrow())
        .meanResponse();
  }

  private double meanResponse(Map<String, PodQueue> pods) {
    double mean = 0;
    for (Map.Entry<String, PodQueue> pod : pods.entrySet()) {
      mean += load.shareOfRouted(pod.getKey()) * pod.getValue().meanResponse();
    }
    return mean;
  }

  /** The p-quantile of the mixture of the services' response times, by bisection on its tail. */
  private double quantile(Map<String, PodQueue> pods, double p) {
    double high = 1e-6;
    while (tail(pods, high) > 1 - p) {
      high *= 2;
    }
    double low = 0;
    for (int i = 0; i < 60 && high - low > 1e-9 * high; i++) {
      double mid = (low + high) / 2;
      if (tail(pods, mid) > 1 - p) {
        low = mid;
      } else {
        high = mid;
      }
    }
    return high;
  }

  private double tail(Map<String, PodQueue> pods, double seconds) {
    double tail = 0;
    for (Map.Entry<String, PodQueue> pod : pods.entrySet()) {
      double share = load.shareOfRouted(pod.getKey());
      if (share > 0) {
        tail += share * pod.getValue().tail(seconds);
      }
    }
    return tail;
  }

  private static double probability(SloMetric metric) {
    return switch (metric) {
      case LATENCY_P50 -> 0.5;
      case LATENCY_P90 -> 0.9;
      case LATENCY_P99 -> 0.99;
      case LATENCY_P999 -> 0.999;
      case LATENCY_MEAN, ERROR_RATE ->
          throw new IllegalArgumentException(metric + " is not a percentile");
    };
  }

  private static String percentile(double level) {
    return "p" + Plan.number(level * 100);
  }

  /** A lower bound on a latency figure, in ms, and why it holds. */
  private record Bound(double ms, String reason) {}
}
