package kubeplan.exposure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kubeplan.scenario.ServiceSpec;

/**
 * Stations that cannot keep up: offered load (arrival rate × mean service time / workers) of at
 * least 1 with an unbounded queue, assuming a Service's requests spread evenly over its pods.
 */
final class Overload {
  private Overload() {}

  static List<String> of(ExposurePlan plan) {
    double rate = plan.scenario.workload().arrivals().meanRatePerSecond();
    var mix = plan.scenario.workload().mix();
    double total = mix.stream().mapToDouble(entry -> entry.weight()).sum();
    double[] instanceRate = new double[plan.instances.size()];
    double routed = 0;
    for (int m = 0; m < mix.size(); m++) {
      int[] instances = plan.routeInstances[m];
      for (int instance : instances) {
        double share = rate * mix.get(m).weight() / total / instances.length;
        instanceRate[instance] += share;
        routed += share;
      }
    }
    List<String> overloaded = new ArrayList<>();
    for (int i = 0; i < instanceRate.length; i++) {
      ServiceSpec spec = plan.instances.spec(i);
      double load = instanceRate[i] / spec.replicas() * spec.serviceTime().mean()
          / spec.concurrency();
      if (spec.queueLimit().isEmpty() && load >= 1) {
        overloaded.add(message("pods of " + plan.instances.name(i), load));
      }
    }
    double throughControllers = routed;
    plan.exposure.controller().ifPresent(controller -> {
      double work = plan.latencies.controllerProcessing().mean()
          + plan.latencies.controllerResponseProcessing().mean();
      double load = throughControllers / controller.replicas() * work / controller.concurrency();
      if (load >= 1) {
        overloaded.add(message("ingress controller pods", load));
      }
    });
    return overloaded;
  }

  private static String message(String station, double load) {
    return String.format(Locale.ROOT,
        "%s are offered a load of %.2f (utilisation >= 1 with an unbounded queue): their latency"
            + " grows without bound and the figures are unstable", station, load);
  }
}
