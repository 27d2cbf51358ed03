package kubeplan.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import kubeplan.random.Dimension;
import kubeplan.random.Distribution;
import kubeplan.scenario.ServiceSpec.ServiceType;
import kubeplan.scenario.ServiceSpec.SessionAffinity;
import kubeplan.scenario.ServiceSpec.TrafficDistribution;

/**
 * Binds the {@code services:} list (manifests already merged into it) to {@link ServiceSpec}s,
 * applying the defaults of {@link Defaults}, and checks what refers to services within it: unique
 * names, placement zones, calls to existing services and no call cycles.
 */
final class ServiceBinder {
  private final ValueReader values;
  private final int zones;

  ServiceBinder(ValueReader values, int zones) {
    this.values = values;
    this.zones = zones;
  }

  /** A bound service and the source field it came from, for later cross-reference checks. */
  record Bound(ServiceSpec spec, TreeField field) {}

  /** The services; a service with problems is left out (its problems are reported). */
  List<Bound> bind(TreeField list) {
    List<Bound> bound = new ArrayList<>();
    Map<String, TreeField> names = new LinkedHashMap<>();
    for (TreeField entry : list.elements()) {
      Optional<String> name = values.text(entry.child("name"));
      if (name.isPresent()) {
        TreeField first = names.putIfAbsent(name.get(), entry);
        if (first != null) {
          values.report(
              entry.child("name"),
              "service '"
                  + name.get()
                  + "' is already defined at line "
                  + first.child("name").position().line());
          continue;
        }
      }
      service(entry, name).ifPresent(spec -> bound.add(new Bound(spec, entry)));
    }
    checkCalls(bound);
    return bound;
  }

  private Optional<ServiceSpec> service(TreeField entry, Optional<String> name) {
    int before = values.count();
    int copies = values.integer(entry.child("copies"), 1).orElse(Defaults.COPIES);
    ServiceType type =
        values.word(entry.child("type"), ServiceType.class).orElse(ServiceType.CLUSTER_IP);
    OptionalInt replicasWritten = values.integer(entry.child("replicas"), 1);
    Map<String, Integer> placement = placement(entry.child("placement"));
    int placed = placement.values().stream().mapToInt(Integer::intValue).sum();
    int replicas = replicasWritten.orElse(placement.isEmpty() ? Defaults.REPLICAS : placed);
    if (!placement.isEmpty() && placed != replicas) {
      values.report(
          entry.child("placement"),
          "placement puts " + placed + " pods in zones but replicas is " + replicas);
    }
    if (!placement.isEmpty() && placed == 0) {
      values.report(entry.child("placement"), "placement must put at least one pod in a zone");
    }
    int concurrency = values.integer(entry.child("concurrency"), 1).orElse(Defaults.CONCURRENCY);
    OptionalInt queueLimit = values.integer(entry.child("queueLimit"), 0);
    TreeField serviceTimeField = entry.child("serviceTime");
    Optional<Distribution> serviceTime = values.distribution(serviceTimeField, Dimension.TIME);
    if (!serviceTimeField.present() && name.isPresent()) {
      values.report(
          entry.child("name"),
          "service '"
              + name.get()
              + "' has no serviceTime; give it one under services:"
              + " (manifests do not say how long a request takes)");
    }
    Optional<Distribution> requestSize = size(entry.child("requestSize"));
    Optional<Distribution> responseSize = size(entry.child("responseSize"));
    long cpu = values.millicores(entry.child("cpu")).orElse(0L);
    long memory = values.bytes(entry.child("memory")).orElse(0L);
    SessionAffinity affinity =
        values
            .word(entry.child("sessionAffinity"), SessionAffinity.class)
            .orElse(SessionAffinity.NONE);
    TrafficPolicy external =
        values
            .word(entry.child("externalTrafficPolicy"), TrafficPolicy.class)
            .orElse(TrafficPolicy.CLUSTER);
    TrafficPolicy internal =
        values
            .word(entry.child("internalTrafficPolicy"), TrafficPolicy.class)
            .orElse(TrafficPolicy.CLUSTER);
    TrafficDistribution distribution =
        values
            .word(entry.child("trafficDistribution"), TrafficDistribution.class)
            .orElse(TrafficDistribution.NONE);
    List<CallSpec> calls = calls(entry.child("calls"));
    List<ServicePort> ports = ports(entry.child("ports"));
    if (values.count() > before
        || name.isEmpty()
        || serviceTime.isEmpty()
        || requestSize.isEmpty()
        || responseSize.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new ServiceSpec(
              name.get(),
              copies,
              type,
              replicas,
              placement,
              concurrency,
              queueLimit,
              serviceTime.get(),
              requestSize.get(),
              responseSize.get(),
              cpu,
              memory,
              affinity,
              external,
              internal,
              distribution,
              calls,
              ports));
    } catch (IllegalArgumentException e) {
      values.reportIfAlone(entry, e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<Distribution> size(TreeField field) {
    return field.present()
        ? values.distribution(field, Dimension.SIZE)
        : Optional.of(values.standard(Defaults.MESSAGE_SIZE, Dimension.SIZE));
  }

  private Map<String, Integer> placement(TreeField field) {
    Map<String, Integer> placement = new LinkedHashMap<>();
    if (!field.present() || !field.json().isObject()) {
      return placement;
    }
    for (String zone : field.json().propertyNames()) {
      TreeField count = field.child(zone);
      OptionalInt pods = values.integer(count, 0);
      if (zone.length() != 1 || zone.charAt(0) - 'a' >= zones || zone.charAt(0) < 'a') {
        values.report(
            count,
            "zone '"
                + zone
                + "' does not exist: the cluster has "
                + zones
                + " zones, "
                + ClusterSpec.zoneName(0)
                + " to "
                + ClusterSpec.zoneName(zones - 1));
      } else if (pods.isPresent()) {
        placement.put(zone, pods.getAsInt());
      }
    }
    return placement;
  }

  private List<CallSpec> calls(TreeField list) {
    List<CallSpec> calls = new ArrayList<>();
    for (TreeField call : list.elements()) {
      Optional<String> service = values.text(call.child("service"));
      double probability =
          values
              .number(call.child("probability"), ValueReader.Bounds.PROBABILITY)
              .orElse(Defaults.CALL_PROBABILITY);
      int count = values.integer(call.child("count"), 1).orElse(Defaults.CALL_COUNT);
      if (service.isPresent()) {
        calls.add(new CallSpec(service.get(), probability, count));
      }
    }
    return calls;
  }

  private List<ServicePort> ports(TreeField list) {
    List<ServicePort> ports = new ArrayList<>();
    for (TreeField port : list.elements()) {
      OptionalInt number = values.integer(port.child("port"), 1, 65535);
      String name = values.text(port.child("name")).orElse("");
      TreeField target = port.child("targetPort");
      if (number.isPresent()) {
        String targetText = target.present() ? target.text() : Integer.toString(number.getAsInt());
        ports.add(new ServicePort(name, number.getAsInt(), targetText));
      }
    }
    return ports;
  }

  /** Every call names an existing service, and no chain of calls comes back to where it began. */
  private void checkCalls(List<Bound> services) {
    Map<String, Bound> byName = new LinkedHashMap<>();
    services.forEach(b -> byName.put(b.spec().name(), b));
    for (Bound caller : services) {
      List<TreeField> callFields = caller.field().child("calls").elements();
      for (int i = 0; i < caller.spec().calls().size() && i < callFields.size(); i++) {
        String callee = caller.spec().calls().get(i).service();
        if (!byName.containsKey(callee)) {
          TreeField at = callFields.get(i).child("service");
          values.report(
              at,
              "calls service '"
                  + callee
                  + "', which is not defined"
                  + Suggestion.didYouMean(callee, byName.keySet()));
        }
      }
    }
    Map<String, Integer> state = new LinkedHashMap<>();
    for (String name : byName.keySet()) {
      cycleFrom(name, byName, state, new ArrayList<>());
    }
  }

  /** Depth-first search; state 1 = on the current path, 2 = done. Reports each cycle once. */
  private void cycleFrom(
      String name, Map<String, Bound> byName, Map<String, Integer> state, List<String> path) {
    Integer seen = state.get(name);
    if (seen != null && seen == 2) {
      return;
    }
    Bound service = byName.get(name);
    if (service == null) {
      return;
    }
    state.put(name, 1);
    path.add(name);
    List<CallSpec> calls = service.spec().calls();
    List<TreeField> callFields = service.field().child("calls").elements();
    for (int i = 0; i < calls.size(); i++) {
      String callee = calls.get(i).service();
      if (Integer.valueOf(1).equals(state.get(callee))) {
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(callee), path.size()));
        cycle.add(callee);
        values.report(
            callFields.get(i).child("service"),
            "calls form a cycle: "
                + String.join(" -> ", cycle)
                + "; a request would never complete");
      } else {
        cycleFrom(callee, byName, state, path);
      }
    }
    path.remove(path.size() - 1);
    state.put(name, 2);
  }
}
