package kubeplan.exposure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kubeplan.scenario.ServiceSpec;

/**
 * The Services a scenario stands for: one per entry, or {@code copies} identical ones named
 * {@code <name>-0 … <name>-(copies-1)} when an entry asks for copies.
 */
final class ServiceInstances {
  private final List<String> names = new ArrayList<>();
  private final List<ServiceSpec> specs = new ArrayList<>();
  private final Map<String, int[]> byEntry = new HashMap<>();

  ServiceInstances(List<ServiceSpec> services) {
    for (ServiceSpec service : services) {
      List<String> copies = service.serviceNames();
      int[] indices = new int[copies.size()];
      for (int copy = 0; copy < copies.size(); copy++) {
        indices[copy] = names.size();
        names.add(copies.get(copy));
        specs.add(service);
      }
      byEntry.put(service.name(), indices);
    }
  }

  int size() {
    return names.size();
  }

  String name(int instance) {
    return names.get(instance);
  }

  ServiceSpec spec(int instance) {
    return specs.get(instance);
  }

  /** The instances of the scenario entry {@code name}; empty when there is none. */
  int[] of(String name) {
    int[] indices = byEntry.get(name);
    return indices == null ? new int[0] : indices.clone();
  }
}
