package kubeplan.routing;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.IntBinaryOperator;
import kubeplan.queueing.Balancer;
import kubeplan.queueing.Request;
import kubeplan.random.RandomStream;

/**
 * Picks the endpoint of each new connection as kube-proxy on the node it enters does: uniformly at
 * random among the eligible endpoints (iptables, nftables, eBPF), or by that node's own IPVS
 * scheduler. The choosing itself is the engine's {@link Balancer}s, one per node.
 */
public final class KubeProxyChooser {
  /*
   * iptables: rule i of n matches with probability 1/(n - i), the last unconditionally, so each
   * endpoint gets 1/n per connection; nftables and eBPF replacements pick uniformly too [1]. IPVS
   * schedulers run in each node's kernel without shared state, so rr cycles per node and lc counts
   * the connections of that node only [1, 2]. Call choose once per new connection: conntrack keeps
   * later packets of the connection on the endpoint chosen for its first.
   * [1] https://kubernetes.io/docs/reference/networking/virtual-ips/
   * [2] kube-proxy pkg/proxy/ipvs/proxier.go (defaultScheduler = "rr")
   */

  /**
   * What {@link #choose} returns when no endpoint is eligible from the node: traffic is dropped.
   */
  public static final int NO_ENDPOINT = -1;

  private final EndpointTable table;
  private final Balancer[] byNode;

  /**
   * @param table the endpoints eligible from each node
   * @param mode how kube-proxy chooses
   * @param scheduler the IPVS scheduler; read only in IPVS mode
   * @param stream this Service's own stream for random choices and ties
   * @param activeConnections connections the kube-proxy of node {@code n} has open to pod {@code p}
   *     (by {@link kubeplan.cluster.Pod#index()}), for IPVS lc
   * @param clientKey the int attribute of a request that identifies its client, for IPVS sh
   */
  public KubeProxyChooser(
      EndpointTable table,
      KubeProxyMode mode,
      IpvsScheduler scheduler,
      RandomStream stream,
      IntBinaryOperator activeConnections,
      int clientKey) {
    this.table = Objects.requireNonNull(table, "table");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(scheduler, "scheduler");
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(activeConnections, "activeConnections");
    this.byNode = new Balancer[table.nodes()];
    for (int node = 0; node < byNode.length; node++) {
      int endpoints = table.count(node);
      if (endpoints > 0) {
        byNode[node] =
            mode.schedulesPerNode()
                ? ipvs(scheduler, node, endpoints, stream, activeConnections, clientKey)
                : uniform(endpoints, stream);
      }
    }
  }

  /**
   * The endpoint ({@link kubeplan.cluster.Pod#index()}) for a new connection entering {@code node},
   * or {@link #NO_ENDPOINT}.
   */
  public int choose(int node, Request request) {
    Balancer balancer = byNode[node];
    return balancer == null ? NO_ENDPOINT : table.endpoint(node, balancer.choose(request));
  }

  private static Balancer uniform(int endpoints, RandomStream stream) {
    double[] equal = new double[endpoints];
    Arrays.fill(equal, 1);
    return Balancer.weightedRandom(equal, stream);
  }

  private Balancer ipvs(
      IpvsScheduler scheduler,
      int node,
      int endpoints,
      RandomStream stream,
      IntBinaryOperator activeConnections,
      int clientKey) {
    return switch (scheduler) {
      case RR -> Balancer.roundRobin(endpoints);
      case LC ->
          Balancer.leastConnections(
              endpoints, i -> activeConnections.applyAsInt(node, table.endpoint(node, i)), stream);
      case SH -> Balancer.affinity(endpoints, clientKey);
    };
  }
}
