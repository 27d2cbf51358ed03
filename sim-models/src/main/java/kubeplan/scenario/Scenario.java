package kubeplan.scenario;

import java.util.List;
import java.util.Objects;

/**
 * One fully resolved scenario: every default applied, every reference checked, every value in its
 * unit type. The reader produces one per sweep point; nothing in it is null or mutable.
 *
 * @param name the scenario's name, {@code [a-z0-9][a-z0-9-]*}; names the output folder
 * @param description free text, empty when absent
 * @param seed the root of every random stream (default 1)
 * @param run how long and how often each point is simulated
 * @param cluster zones, nodes, CNI, kube-proxy and the network profile
 * @param services the Services, manifests merged in, in the order first seen
 * @param exposures the topologies compared, in the order written (the first is the baseline)
 * @param workload clients, arrivals and the request mix
 * @param slo the latency and error targets (all optional)
 * @param pricing where prices come from and which ones the user overrides
 */
public record Scenario(
    String name,
    String description,
    long seed,
    RunSpec run,
    ClusterSpec cluster,
    List<ServiceSpec> services,
    List<ExposureSpec> exposures,
    WorkloadSpec workload,
    SloSpec slo,
    PricingSpec pricing) {

  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(cluster, "cluster");
    services = List.copyOf(services);
    exposures = List.copyOf(exposures);
    Objects.requireNonNull(workload, "workload");
    Objects.requireNonNull(slo, "slo");
    Objects.requireNonNull(pricing, "pricing");
    if (services.isEmpty()) {
      throw new IllegalArgumentException("a scenario needs at least one service");
    }
    if (exposures.isEmpty()) {
      throw new IllegalArgumentException("a scenario needs at least one exposure");
    }
  }

  /** The service named {@code name}, which must exist (references were checked by the reader). */
  public ServiceSpec service(String name) {
    for (ServiceSpec service : services) {
      if (service.name().equals(name)) {
        return service;
      }
    }
    throw new IllegalArgumentException("no service named " + name + " in scenario " + this.name);
  }
}
