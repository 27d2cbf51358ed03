package kubeplan.cost;

import java.util.List;
import java.util.Objects;

/**
 * Everything one exposure used that its provider bills for: the input of {@link CostModel}.
 *
 * <p>The simulation model fills it from measured counters; rates are means over the measurement
 * window, which stands for every hour of the month. Load balancers are listed one by one because
 * capacity units are billed per load balancer on its largest dimension, which does not add up
 * across load balancers.
 *
 * @param exposure the exposure's name in the scenario
 * @param provider the cloud it runs on; must match the catalogue's
 * @param loadBalancers the cloud load balancers it creates: one per Service for {@code
 *     LoadBalancer}, one shared for {@code Ingress}, none for {@code NodePort}; copied
 * @param nodes the worker nodes (the count already resolved for {@code count: auto})
 * @param ingressControllerVcpu vCPU the ingress controller pods requested, reported beside the cost
 *     (their price is part of the nodes'); 0 without a controller
 * @param crossZoneRequestBytesPerHour bytes crossing a zone boundary on the way to the pods
 *     (requests, and calls between services), per hour
 * @param crossZoneResponseBytesPerHour bytes crossing a zone boundary on the way back, per hour
 * @param internetEgressBytesPerHour bytes leaving the cloud to clients (responses), per hour
 * @param clusters Kubernetes clusters whose control plane is billed, usually 1
 * @param successfulRequestsPerSecond successful requests per second, for the cost per request
 */
public record ExposureUsage(
    String exposure,
    Provider provider,
    List<LoadBalancerUsage> loadBalancers,
    NodeUsage nodes,
    double ingressControllerVcpu,
    double crossZoneRequestBytesPerHour,
    double crossZoneResponseBytesPerHour,
    double internetEgressBytesPerHour,
    int clusters,
    double successfulRequestsPerSecond) {
  public ExposureUsage {
    Objects.requireNonNull(exposure, "exposure");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(nodes, "nodes");
    loadBalancers = List.copyOf(loadBalancers);
    Quantities.requireNonNegative(exposure + ".ingressControllerVcpu", ingressControllerVcpu);
    Quantities.requireNonNegative(
        exposure + ".crossZoneRequestBytesPerHour", crossZoneRequestBytesPerHour);
    Quantities.requireNonNegative(
        exposure + ".crossZoneResponseBytesPerHour", crossZoneResponseBytesPerHour);
    Quantities.requireNonNegative(
        exposure + ".internetEgressBytesPerHour", internetEgressBytesPerHour);
    if (clusters < 0) {
      throw new IllegalArgumentException(exposure + ".clusters must be >= 0: " + clusters);
    }
    Quantities.requireNonNegative(
        exposure + ".successfulRequestsPerSecond", successfulRequestsPerSecond);
  }

  /** Bytes crossing a zone boundary per hour, requests and responses together. */
  public double crossZoneBytesPerHour() {
    return crossZoneRequestBytesPerHour + crossZoneResponseBytesPerHour;
  }
}
