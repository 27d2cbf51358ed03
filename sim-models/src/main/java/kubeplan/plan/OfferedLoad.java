package kubeplan.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kubeplan.ingress.IngressBackend;
import kubeplan.ingress.IngressRouter;
import kubeplan.scenario.CallSpec;
import kubeplan.scenario.ExposureSpec;
import kubeplan.scenario.MixEntry;
import kubeplan.scenario.Scenario;
import kubeplan.scenario.ServiceSpec;

/**
 * Where one exposure sends a scenario's requests at a given rate, per service entry, before any
 * queueing: the requests of the mix routed as the exposure routes them, plus the calls services
 * make to each other. Copies of an entry share its requests evenly, as the model spreads them.
 */
final class OfferedLoad {
  private final Map<String, Double> perSecond;
  private final Map<String, Double> fromClientsPerSecond;
  private final Map<String, Double> shareOfRouted;

  private OfferedLoad(Map<String, Double> perSecond, Map<String, Double> fromClientsPerSecond,
      Map<String, Double> shareOfRouted) {
    this.perSecond = perSecond;
    this.fromClientsPerSecond = fromClientsPerSecond;
    this.shareOfRouted = shareOfRouted;
  }

  /** The load {@code exposure} puts on each service of {@code scenario} at {@code rate}/s. */
  static OfferedLoad of(Scenario scenario, ExposureSpec exposure, double ratePerSecond) {
    IngressRouter router = new IngressRouter(exposure.ingress());
    List<MixEntry> mix = scenario.workload().mix();
    double totalWeight = mix.stream().mapToDouble(MixEntry::weight).sum();
    Map<String, Double> direct = new LinkedHashMap<>();
    scenario.services().forEach(s -> direct.put(s.name(), 0.0));
    double routedWeight = 0;
    for (MixEntry entry : mix) {
      Optional<String> service = entry.target() instanceof MixEntry.HostPath hostPath
          ? router.route(hostPath.host(), hostPath.path()).map(IngressBackend::service)
          : Optional.of(((MixEntry.ServiceTarget) entry.target()).service());
      if (service.isPresent() && direct.containsKey(service.get())) {
        direct.merge(service.get(), entry.weight(), Double::sum);
        routedWeight += entry.weight();
      }
    }
    Map<String, Double> share = new LinkedHashMap<>();
    Map<String, Double> rates = new LinkedHashMap<>();
    for (Map.Entry<String, Double> entry : direct.entrySet()) {
      share.put(entry.getKey(), routedWeight > 0 ? entry.getValue() / routedWeight : 0);
      rates.put(entry.getKey(), ratePerSecond * entry.getValue() / totalWeight);
    }
    // Calls form no cycle (the reader refuses one), so passing each caller's rate on to its
    // callees once per service settles every rate after as many rounds as there are services.
    Map<String, Double> total = new LinkedHashMap<>(rates);
    for (int round = 0; round < scenario.services().size(); round++) {
      Map<String, Double> next = new LinkedHashMap<>(rates);
      for (ServiceSpec caller : scenario.services()) {
        for (CallSpec call : caller.calls()) {
          next.merge(call.service(),
              total.get(caller.name()) * call.probability() * call.count(), Double::sum);
        }
      }
      total = next;
    }
    return new OfferedLoad(Map.copyOf(total), Map.copyOf(rates), Map.copyOf(share));
  }

  /** Requests per second reaching service entry {@code service}, all its copies together. */
  double perSecond(String service) {
    return perSecond.get(service);
  }

  /** Client requests per second routed to service entry {@code service}, without calls. */
  double fromClientsPerSecond(String service) {
    return fromClientsPerSecond.get(service);
  }

  /** The fraction of routed client requests whose target is {@code service}. */
  double shareOfRouted(String service) {
    return shareOfRouted.get(service);
  }
}
