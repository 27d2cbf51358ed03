package kubeplan.cluster;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The pods one Service needs placed: how many, optionally how many in which zone, and what each
 * requests.
 *
 * @param service the Service name (also names the pods)
 * @param replicas number of pods
 * @param placement pods per zone name; the counts add up to {@code replicas}; copied
 * @param requests CPU and memory each pod requests
 */
public record PodRequest(
    String service, int replicas, Optional<Map<String, Integer>> placement, Resources requests) {
  public PodRequest {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(requests, "requests");
    if (replicas < 0) {
      throw new IllegalArgumentException(
          "service " + service + ": replicas must not be negative: " + replicas);
    }
    placement = placement.map(Map::copyOf);
    placement.ifPresent(perZone -> requireConsistent(service, replicas, perZone));
  }

  /** {@code replicas} pods spread by the scheduler. */
  public static PodRequest spread(String service, int replicas, Resources requests) {
    return new PodRequest(service, replicas, Optional.empty(), requests);
  }

  private static void requireConsistent(String service, int replicas, Map<String, Integer> zones) {
    int sum = 0;
    for (Map.Entry<String, Integer> zone : zones.entrySet()) {
      if (zone.getValue() < 0) {
        throw new IllegalArgumentException(
            "service "
                + service
                + ": placement."
                + zone.getKey()
                + " must not be negative: "
                + zone.getValue());
      }
      sum += zone.getValue();
    }
    if (sum != replicas) {
      throw new IllegalArgumentException(
          "service "
              + service
              + ": placement puts "
              + sum
              + " pods in zones "
              + zones
              + " but replicas is "
              + replicas);
    }
  }
}
