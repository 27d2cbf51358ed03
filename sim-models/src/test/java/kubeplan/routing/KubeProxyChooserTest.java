package kubeplan.routing;

import static kubeplan.routing.EligibleEndpointsTest.topology;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntBinaryOperator;
import kubeplan.cluster.Pod;
import kubeplan.cluster.PodRequest;
import kubeplan.cluster.Resources;
import kubeplan.cluster.Topology;
import kubeplan.queueing.Request;
import kubeplan.queueing.RequestLayout;
import kubeplan.queueing.Requests;
import kubeplan.random.RandomStream;
import kubeplan.stats.MeasurementWindow;
import org.junit.jupiter.api.Test;

class KubeProxyChooserTest {
  private static final long SEED = 20261127L;
  private static final Resources POD = new Resources(100, 1L << 27);
  private static final IntBinaryOperator NO_CONNECTIONS = (node, pod) -> 0;
  private static final ServicePolicy LOCAL =
      new ServicePolicy(TrafficPolicy.LOCAL, TrafficPolicy.LOCAL, TrafficDistribution.NONE);

  private final RequestLayout layout = layoutWithClient();
  private final Requests requests = new Requests(layout, new MeasurementWindow(0, 1));

  /**
   * iptables over 4 endpoints from one node: each count is Binomial(n, 1/4), standard deviation
   * sqrt(n * 1/4 * 3/4) = 86.6 for n = 40,000; 4.5 of them (390) bounds a fair chooser's deviation
   * with probability 1 - 7e-6 per endpoint, and a chooser that favours one endpoint by 1 % fails.
   */
  @Test
  void iptables_picksEachEligibleEndpointUniformly() {
    Topology topology = topology(1, 1, PodRequest.spread("foo", 4, POD));
    KubeProxyChooser chooser =
        chooser(
            topology,
            ServicePolicy.DEFAULT,
            KubeProxyMode.IPTABLES,
            IpvsScheduler.RR,
            NO_CONNECTIONS);
    int n = 40_000;
    int[] counts = new int[4];

    for (int i = 0; i < n; i++) {
      counts[chooser.choose(0, requests.create(0))]++;
    }

    for (int count : counts) {
      assertEquals(n / 4.0, count, 4.5 * Math.sqrt(n * 0.25 * 0.75));
    }
  }

  /**
   * Cluster policy, one zone, 4 nodes with 2 pods each, entry node uniform: P(second hop) = 3/4.
   * Over n = 40,000 connections the crossing share has standard deviation sqrt(3/16 / n) = 0.0022;
   * the tolerance is 4.5 of them.
   */
  @Test
  void clusterPolicy_sampled_crossesNodesWithProbabilityNodesMinusOneOverNodes() {
    int nodes = 4;
    Topology topology = topology(1, nodes, PodRequest.spread("foo", 2 * nodes, POD));
    KubeProxyChooser chooser =
        chooser(
            topology,
            ServicePolicy.DEFAULT,
            KubeProxyMode.NFTABLES,
            IpvsScheduler.RR,
            NO_CONNECTIONS);
    RandomStream entries = new RandomStream(SEED + 1);
    int n = 40_000;
    int crossing = 0;

    for (int i = 0; i < n; i++) {
      int entry = entries.nextInt(nodes);
      Pod pod = topology.pods().get(chooser.choose(entry, requests.create(0)));
      crossing += pod.node().index() == entry ? 0 : 1;
    }

    double p = (nodes - 1) / (double) nodes;
    assertEquals(p, crossing / (double) n, 4.5 * Math.sqrt(p * (1 - p) / n));
  }

  /** Each node's IPVS round robin keeps its own position. */
  @Test
  void ipvsRoundRobin_cyclesPerNode_independently() {
    Topology topology = topology(1, 2, PodRequest.spread("foo", 3, POD));
    KubeProxyChooser chooser =
        chooser(
            topology, ServicePolicy.DEFAULT, KubeProxyMode.IPVS, IpvsScheduler.RR, NO_CONNECTIONS);

    List<Integer> picks =
        List.of(
            chooser.choose(0, requests.create(0)),
            chooser.choose(1, requests.create(0)),
            chooser.choose(0, requests.create(0)),
            chooser.choose(0, requests.create(0)),
            chooser.choose(0, requests.create(0)));

    assertEquals(List.of(0, 0, 1, 2, 0), picks);
  }

  /** lc asks for the connections of the choosing node only. */
  @Test
  void ipvsLeastConnections_picksTheEndpointWithFewestConnectionsFromThatNode() {
    Topology topology = topology(1, 2, PodRequest.spread("foo", 3, POD));
    int[][] open = {{5, 1, 3}, {0, 4, 4}};
    KubeProxyChooser chooser =
        chooser(
            topology,
            ServicePolicy.DEFAULT,
            KubeProxyMode.IPVS,
            IpvsScheduler.LC,
            (node, pod) -> open[node][pod]);

    assertEquals(1, chooser.choose(0, requests.create(0)));
    assertEquals(0, chooser.choose(1, requests.create(0)));
  }

  @Test
  void ipvsSourceHashing_sendsAClientToTheSameEndpointEveryTime() {
    Topology topology = topology(1, 1, PodRequest.spread("foo", 5, POD));
    KubeProxyChooser chooser =
        chooser(
            topology, ServicePolicy.DEFAULT, KubeProxyMode.IPVS, IpvsScheduler.SH, NO_CONNECTIONS);

    for (int client = 0; client < 20; client++) {
      int first = chooser.choose(0, fromClient(client));
      for (int again = 0; again < 5; again++) {
        assertEquals(first, chooser.choose(0, fromClient(client)));
      }
    }
  }

  @Test
  void localPolicy_onANodeWithoutEndpoints_choosesNone_andNeverCrossesElsewhere() {
    Topology topology = topology(2, 2, new PodRequest("foo", 2, Optional.of(Map.of("a", 2)), POD));
    KubeProxyChooser chooser =
        chooser(topology, LOCAL, KubeProxyMode.IPTABLES, IpvsScheduler.RR, NO_CONNECTIONS);

    assertEquals(KubeProxyChooser.NO_ENDPOINT, chooser.choose(1, requests.create(0)));
    for (int i = 0; i < 100; i++) {
      int pod = chooser.choose(0, requests.create(0));
      assertEquals(0, topology.pods().get(pod).node().index());
    }
  }

  private static KubeProxyChooser chooser(
      Topology topology,
      ServicePolicy policy,
      KubeProxyMode mode,
      IpvsScheduler scheduler,
      IntBinaryOperator connections) {
    return new KubeProxyChooser(
        EndpointTable.external(topology, "foo", policy),
        mode,
        scheduler,
        new RandomStream(SEED),
        connections,
        0);
  }

  private Request fromClient(int client) {
    Request request = requests.create(0);
    request.setIntAttribute(0, client);
    return request;
  }

  private static RequestLayout layoutWithClient() {
    RequestLayout.Builder builder = RequestLayout.builder();
    builder.intAttribute("client");
    return builder.build();
  }
}
