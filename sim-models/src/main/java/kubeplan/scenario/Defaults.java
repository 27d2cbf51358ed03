package kubeplan.scenario;

import java.time.Duration;
import kubeplan.scenario.ClusterSpec.Cni;
import kubeplan.scenario.ClusterSpec.IpvsScheduler;
import kubeplan.scenario.ClusterSpec.KubeProxyMode;
import kubeplan.scenario.ClusterSpec.NetworkProfile;
import kubeplan.scenario.ClusterSpec.Provider;
import kubeplan.scenario.LoadBalancerSpec.LoadBalancerKind;

/**
 * Every default of the scenario format, in one place; {@code docs/scenario-reference.md} lists them
 * with the same values. Defaults of the network (hop delays, bandwidths, load-balancer latency,
 * ingress processing) belong to the network profile, not here: the records leave those empty.
 */
final class Defaults {
  static final long SEED = 1;
  static final int REPLICATIONS = 10;
  static final double CONFIDENCE = 0.95;

  /** Warm-up as a fraction of the measured duration. */
  static final double WARMUP_FRACTION = 0.1;

  static final Provider PROVIDER = Provider.AWS;
  static final int ZONES = 3;

  /** The CNI of the profile's baseline (VPC-routed pods; docs: research §A). */
  static final Cni CNI = Cni.ROUTED;

  /** kube-proxy's default mode. */
  static final KubeProxyMode KUBE_PROXY = KubeProxyMode.IPTABLES;

  /** IPVS's default scheduler in kube-proxy. */
  static final IpvsScheduler IPVS_SCHEDULER = IpvsScheduler.RR;

  static final NetworkProfile NETWORK = NetworkProfile.DEFAULT;

  static final int COPIES = 1;

  /** A Deployment's default replicas in Kubernetes. */
  static final int REPLICAS = 1;

  static final int CONCURRENCY = 1;
  static final String MESSAGE_SIZE = "1KiB";

  static final double CALL_PROBABILITY = 1.0;
  static final int CALL_COUNT = 1;

  static final int CONTROLLER_REPLICAS = 2;
  static final long CONTROLLER_MILLICORES = 1000;

  /** ingress-nginx's default worker_connections. */
  static final int CONTROLLER_MAX_CONNECTIONS = 4096;

  static final Duration TIMEOUT = Duration.ofSeconds(10);
  static final double MIX_WEIGHT = 1.0;

  private Defaults() {}

  /** The region whose prices are used when none is given. */
  static String region(Provider provider) {
    return switch (provider) {
      case AWS -> "us-east-1";
      case GCP -> "us-central1";
      case AZURE -> "eastus";
      case CUSTOM -> "custom";
    };
  }

  /** A general-purpose two-vCPU instance type of the provider. */
  static String nodeType(Provider provider) {
    return switch (provider) {
      case AWS -> "m6i.large";
      case GCP -> "e2-standard-2";
      case AZURE -> "Standard_D2s_v5";
      case CUSTOM -> "custom";
    };
  }

  /**
   * The load balancer a provider gives an exposure: an L4 one for LoadBalancer Services and in
   * front of an ingress controller (aws nlb through the AWS Load Balancer Controller), an L7 one
   * when the cloud implements the Ingress (aws alb, gcp proxy).
   */
  static LoadBalancerKind loadBalancerKind(Provider provider, boolean layer7) {
    return switch (provider) {
      case AWS -> layer7 ? LoadBalancerKind.ALB : LoadBalancerKind.NLB;
      case GCP -> layer7 ? LoadBalancerKind.PROXY : LoadBalancerKind.PASSTHROUGH;
      case AZURE -> LoadBalancerKind.STANDARD;
      case CUSTOM -> LoadBalancerKind.GENERIC;
    };
  }

  /**
   * Whether a kind may send to targets in other zones by default: AWS NLB and CLB do not (their
   * cross-zone attribute is off unless set), the others are regional and do.
   */
  static boolean crossZone(LoadBalancerKind kind) {
    return kind != LoadBalancerKind.NLB && kind != LoadBalancerKind.CLB;
  }
}
