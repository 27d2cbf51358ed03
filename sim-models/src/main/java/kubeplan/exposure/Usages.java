package kubeplan.exposure;

import java.util.ArrayList;
import java.util.List;
import kubeplan.cost.ExposureUsage;
import kubeplan.cost.LoadBalancerUsage;
import kubeplan.cost.NodeUsage;
import kubeplan.scenario.ExposureSpec;

/**
 * What one replication's measured traffic means in billing units, per hour of the window: the
 * window stands for every hour of the month.
 */
final class Usages {
  private static final double SECONDS_PER_HOUR = 3600;

  private Usages() {}

  static ExposureUsage of(ExposurePlan plan, ReplicationOutcome run) {
    Traffic traffic = run.traffic();
    double window = run.windowSeconds();
    double perHour = SECONDS_PER_HOUR / window;
    List<LoadBalancerUsage> loadBalancers = new ArrayList<>();
    String kind = plan.exposure.loadBalancer().map(lb -> lb.kind().key())
        .orElse("");
    boolean layer7 = plan.entry == Entry.INGRESS_CLOUD || "alb".equals(kind);
    int rules = layer7 ? Math.max(1, ruleCount(plan.exposure)) : 1;
    int clients = plan.scenario.workload().clients().orElse(0);
    for (int lb = 0; lb < plan.loadBalancers(); lb++) {
      String name = plan.loadBalancerName(lb);
      double active = clients > 0
          && plan.scenario.workload().connections() == kubeplan.scenario.WorkloadSpec
              .ConnectionMode.KEEP_ALIVE
          ? clients : traffic.lbConnectionSeconds[lb] / window;
      double requestsPerSecond = traffic.lbRequests[lb] / window;
      loadBalancers.add(new LoadBalancerUsage(name, kind, rules, plan.entryZones[
          plan.entry == Entry.INGRESS_CONTROLLER ? 0 : lb].length,
          traffic.lbNewConnections[lb] / window, active,
          traffic.lbBytesIn[lb] * perHour, traffic.lbBytesOut[lb] * perHour,
          layer7 ? requestsPerSecond * rules : 0));
    }
    double controllerVcpu = plan.exposure.controller()
        .map(c -> c.replicas() * c.cpuMillis() / 1000.0).orElse(0.0);
    return new ExposureUsage(plan.exposure.name(),
        plan.scenario.cluster().provider(), loadBalancers,
        new NodeUsage(plan.topology.spec().nodeType().name(), plan.nodes.size()), controllerVcpu,
        traffic.crossZoneRequestBytes * perHour, traffic.crossZoneResponseBytes * perHour,
        traffic.internetEgressBytes * perHour, 1, run.requests().succeeded / window);
  }

  private static int ruleCount(ExposureSpec exposure) {
    return exposure.ingress().rules().stream().mapToInt(rule -> rule.paths().size()).sum();
  }
}
