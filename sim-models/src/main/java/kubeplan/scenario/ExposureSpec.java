package kubeplan.scenario;

import java.util.Objects;
import java.util.Optional;
import kubeplan.ingress.IngressRules;

/**
 * One exposure topology to compare; all exposures of a scenario share its services, clients,
 * workload and random numbers.
 *
 * @param name the exposure's name, unique in the scenario; the {@code exposure} column of reports
 * @param type LoadBalancer per Service, NodePort, or one Ingress
 * @param externalTrafficPolicy overrides every exposed Service's own policy when present
 * @param loadBalancer the cloud load balancer in front (LoadBalancer and Ingress exposures only)
 * @param clientNodeSelection how NodePort clients pick a node address (default random)
 * @param implementation how an Ingress is implemented (default an in-cluster controller)
 * @param ingress the host and path rules: for an Ingress exposure its own; for the others the rules
 *     that map {@code host}/{@code path} mix entries to Services, so every exposure serves the same
 *     traffic
 * @param controller the ingress controller (Ingress exposures with a controller only)
 * @param tlsTermination where TLS ends (default none)
 */
public record ExposureSpec(
    String name,
    ExposureType type,
    Optional<TrafficPolicy> externalTrafficPolicy,
    Optional<LoadBalancerSpec> loadBalancer,
    ClientNodeSelection clientNodeSelection,
    IngressImplementation implementation,
    IngressRules ingress,
    Optional<ControllerSpec> controller,
    TlsTermination tlsTermination) {

  public ExposureSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(externalTrafficPolicy, "externalTrafficPolicy");
    Objects.requireNonNull(clientNodeSelection, "clientNodeSelection");
    Objects.requireNonNull(implementation, "implementation");
    Objects.requireNonNull(ingress, "ingress");
    Objects.requireNonNull(tlsTermination, "tlsTermination");
    if (loadBalancer.isPresent() == (type == ExposureType.NODE_PORT)) {
      throw new IllegalArgumentException(
          "exposure " + name + ": a load balancer goes with LoadBalancer and Ingress only");
    }
    boolean needsController =
        type == ExposureType.INGRESS && implementation == IngressImplementation.CONTROLLER;
    if (controller.isPresent() != needsController) {
      throw new IllegalArgumentException(
          "exposure " + name + ": a controller goes with an Ingress implemented by a controller");
    }
  }

  /** The three ways of exposing Services to clients outside the cluster. */
  public enum ExposureType {
    /** One cloud load balancer per exposed Service. */
    LOAD_BALANCER,
    /** Clients reach a port open on every node. */
    NODE_PORT,
    /** One shared entry point routing by host and path. */
    INGRESS
  }

  /** How a NodePort client picks the node address it connects to. */
  public enum ClientNodeSelection {
    RANDOM,
    ROUND_ROBIN,
    SINGLE
  }

  /** Who implements an Ingress. */
  public enum IngressImplementation {
    /** In-cluster proxy pods behind an L4 cloud load balancer (ingress-nginx and the like). */
    CONTROLLER,
    /** An L7 cloud load balancer is the Ingress (AWS ALB, GCP proxy). */
    CLOUD
  }

  /** Where TLS connections end. */
  public enum TlsTermination {
    NONE,
    LOAD_BALANCER,
    INGRESS,
    POD
  }
}
