package kubeplan.exposure;

import static kubeplan.exposure.TestScenarios.nodePort;
import static kubeplan.exposure.TestScenarios.service;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import kubeplan.cluster.Node;
import kubeplan.cluster.Pod;
import kubeplan.queueing.Request;
import kubeplan.queueing.Requests;
import kubeplan.queueing.Station;
import kubeplan.random.RandomStream;
import kubeplan.routing.EligibleEndpoints;
import kubeplan.routing.IpvsScheduler;
import kubeplan.routing.KubeProxyMode;
import kubeplan.routing.ServicePolicy;
import kubeplan.routing.TrafficDistribution;
import kubeplan.routing.TrafficPolicy;
import kubeplan.scenario.ClusterSpec;
import kubeplan.scenario.Scenario;
import kubeplan.scenario.WorkloadSpec;
import kubeplan.stats.MeasurementWindow;
import kubeplan.stats.Tolerance;
import org.junit.jupiter.api.Test;

/**
 * kube-proxy's endpoint for a new connection, per mode: which endpoints each node offers, the
 * uniform choice of iptables, nftables and eBPF, and IPVS's schedulers with their state per node.
 */
class EndpointChoiceTest {
  private static final long SEED = 20261127L;
  private static final int FOO = 0;

  @Test
  void endpointsOfEachNode_areTheEligibleEndpointsAsPodIndices_underEitherTrafficPolicy()
      throws Exception {
    Scenario scenario = ScenarioRuns.points("endpoint-tables.yaml").get(0);
    for (int e = 0; e < scenario.exposures().size(); e++) {
      ExposurePlan plan = PointModel.plan(scenario, scenario.exposures().get(e));
      int foo = plan.instances.of("foo")[0];
      TrafficPolicy external = scenario.exposures().get(e).externalTrafficPolicy().orElseThrow();
      ServicePolicy policy =
          new ServicePolicy(external, TrafficPolicy.LOCAL, TrafficDistribution.NONE);
      assertEquals(2, plan.endpoints[foo][0], "bar's pods are placed first");
      List<Integer> externalCounts = new ArrayList<>();
      List<Integer> internalCounts = new ArrayList<>();
      for (Node node : plan.nodes) {
        int[] offered = plan.proxyEndpoints[foo][node.index()];
        int[] called = plan.calls.internalEndpoints[foo][node.index()];
        assertEquals(EligibleEndpoints.external(plan.topology, "foo", policy, node),
            pods(plan, offered), node.name());
        assertEquals(EligibleEndpoints.internal(plan.topology, "foo", policy, node),
            pods(plan, called), node.name());
        externalCounts.add(offered.length);
        internalCounts.add(called.length);
      }
      assertEquals(external == TrafficPolicy.LOCAL, externalCounts.contains(0),
          externalCounts::toString);
      assertTrue(internalCounts.contains(0), internalCounts::toString);
    }
  }

  /**
   * iptables over 4 endpoints from one node: each endpoint's share of n = 40,000 connections is a
   * binomial proportion with p = 1/4, checked to measurement.md's z standard deviations (0.0087),
   * so a choice that favours one endpoint by 1 % of the connections fails.
   */
  @Test
  void iptables_picksEachEligibleEndpointWithProbabilityOneOverTheirNumber() {
    ExposurePlan plan = plan(1, 4, KubeProxyMode.IPTABLES, IpvsScheduler.RR);
    Chooser chooser = new Chooser(plan);
    int[] endpoints = plan.proxyEndpoints[FOO][0];
    RandomStream uniforms = new RandomStream(SEED);
    int n = 40_000;
    int[] counts = new int[plan.pods.size()];

    for (int i = 0; i < n; i++) {
      counts[chooser.choose(0, uniforms.nextDouble(), -1)]++;
    }

    assertEquals(4, endpoints.length);
    for (int pod : endpoints) {
      assertEquals(0.25, counts[pod] / (double) n, Tolerance.proportion(0.25, n), "pod " + pod);
    }
  }

  /** Each node's IPVS round robin keeps its own position. */
  @Test
  void ipvsRoundRobin_cyclesPerNode_independently() {
    ExposurePlan plan = plan(2, 3, KubeProxyMode.IPVS, IpvsScheduler.RR);
    Chooser chooser = new Chooser(plan);
    int[] endpoints = plan.proxyEndpoints[FOO][0];

    List<Integer> picks = List.of(
        chooser.choose(0, 0.5, -1),
        chooser.choose(1, 0.5, -1),
        chooser.choose(0, 0.5, -1),
        chooser.choose(0, 0.5, -1),
        chooser.choose(0, 0.5, -1));

    assertEquals(List.of(endpoints[0], endpoints[0], endpoints[1], endpoints[2], endpoints[0]),
        picks);
  }

  /**
   * IPVS schedules new connections only; a connection's later requests follow its entry in the
   * connection table. Four keep-alive clients on one node, one connection each, send 5, 4, 3 and 2
   * requests: client 0 all of its 5 first, then the others in turn. Their connections open in the
   * order 0, 1, 2, 3 and take the 3 endpoints in turn, client 3 the first again, so the endpoints
   * get 5 + 2 = 7, 4 and 3 requests exactly. Round robin moved on per request would have sent
   * client 1's connection (the 6th request) to the third endpoint.
   */
  @Test
  void ipvsRoundRobin_keepAliveClients_takeEndpointsInTurnPerConnectionNotPerRequest() {
    ExposurePlan plan = plan(1, 3, KubeProxyMode.IPVS, IpvsScheduler.RR, OptionalInt.of(4));
    Chooser chooser = new Chooser(plan);
    int[] endpoints = plan.proxyEndpoints[FOO][0];
    int[] toSend = {5, 4, 3, 2};
    int[] endpointOf = new int[toSend.length];
    int[] counts = new int[plan.pods.size()];

    for (int r = 0; r < toSend[0]; r++) {
      endpointOf[0] = chooser.enter(0, 0);
      counts[endpointOf[0]]++;
    }
    for (int round = 0; round < toSend[1]; round++) {
      for (int client = 1; client < toSend.length; client++) {
        if (round < toSend[client]) {
          endpointOf[client] = chooser.enter(0, client);
          counts[endpointOf[client]]++;
        }
      }
    }

    assertArrayEquals(new int[] {endpoints[0], endpoints[1], endpoints[2], endpoints[0]},
        endpointOf);
    int[] expected = new int[plan.pods.size()];
    expected[endpoints[0]] = 7;
    expected[endpoints[1]] = 4;
    expected[endpoints[2]] = 3;
    assertArrayEquals(expected, counts);
  }

  /**
   * A Service's ClusterIP and its NodePort are two IPVS virtual services, each with its own round
   * robin position on the node: connections from outside and calls, interleaved, each take the
   * endpoints in turn from the first.
   */
  @Test
  void ipvsRoundRobin_keepsTheClusterIpsPositionApartFromTheNodePorts() {
    ExposurePlan plan = plan(1, 3, KubeProxyMode.IPVS, IpvsScheduler.RR);
    Chooser chooser = new Chooser(plan);
    int[] external = plan.proxyEndpoints[FOO][0];
    int[] internal = plan.calls.internalEndpoints[FOO][0];
    int caller = external[0];

    List<Integer> picks = List.of(
        chooser.choose(0, 0.5, -1),
        chooser.call(0, caller).intAttribute(chooser.at.podAt[1]),
        chooser.call(0, caller).intAttribute(chooser.at.podAt[1]),
        chooser.choose(0, 0.5, -1),
        chooser.call(0, caller).intAttribute(chooser.at.podAt[1]),
        chooser.choose(0, 0.5, -1),
        chooser.call(0, caller).intAttribute(chooser.at.podAt[1]));

    assertEquals(3, internal.length);
    assertEquals(List.of(external[0], internal[0], internal[1], external[1], internal[2],
        external[2], internal[0]), picks);
  }

  /**
   * lc counts, per node, the requests that node's IPVS has sent to each endpoint and that are
   * still in flight; among equals the first endpoint wins, as in the kernel's ip_vs_lc. Node 1's
   * count is its own: node 0's requests do not move it off the first endpoint.
   */
  @Test
  void ipvsLeastConnections_picksTheEndpointWithFewestOfTheNodesRequestsInFlight() {
    ExposurePlan plan = plan(2, 3, KubeProxyMode.IPVS, IpvsScheduler.LC);
    Chooser chooser = new Chooser(plan);
    int[] endpoints = plan.proxyEndpoints[FOO][0];
    int[] inFlight = {5, 1, 3};
    List<Request> requests = new ArrayList<>();
    for (int i = 0; i < endpoints.length; i++) {
      for (int r = 0; r < inFlight[i]; r++) {
        requests.add(chooser.sendTo(0, endpoints[i]));
      }
    }

    int fromNode0 = chooser.choose(0, 0.5, -1);
    int fromNode1 = chooser.choose(1, 0.5, -1);
    chooser.sendTo(0, endpoints[1]);
    chooser.sendTo(0, endpoints[1]);
    int withTwoMore = chooser.choose(0, 0.5, -1);
    requests.forEach(chooser.choice::ended);
    int afterTheyEnd = chooser.choose(0, 0.5, -1);

    assertEquals(List.of(endpoints[1], plan.proxyEndpoints[FOO][1][0], endpoints[1],
        endpoints[0]), List.of(fromNode0, fromNode1, withTwoMore, afterTheyEnd),
        "node 0: 5, 1, 3 in flight, then 5, 3, 3, then 0, 2, 0; node 1: none");
  }

  /**
   * Two entry nodes take turns, and each request is in flight until just before its own node's
   * next one: every node finds all its own requests finished when it chooses, so per-node lc
   * sends all n = 1,000 requests to the first endpoint, exactly. One count shared by the nodes
   * would see the other node's request in flight and alternate: half to each of two endpoints.
   */
  @Test
  void ipvsLeastConnections_twoEntryNodes_eachBalancesOnlyItsOwnRequests() {
    ExposurePlan plan = plan(2, 3, KubeProxyMode.IPVS, IpvsScheduler.LC);
    Chooser chooser = new Chooser(plan);
    int n = 1000;
    int[] counts = new int[plan.pods.size()];
    Request[] lastOf = new Request[2];

    for (int i = 0; i < n; i++) {
      int node = i % 2;
      if (lastOf[node] != null) {
        chooser.choice.ended(lastOf[node]);
      }
      lastOf[node] = chooser.send(node);
      counts[lastOf[node].intAttribute(chooser.at.podAt[0])]++;
    }

    int first = plan.proxyEndpoints[FOO][0][0];
    assertEquals(first, plan.proxyEndpoints[FOO][1][0], "both nodes list the pods alike");
    int[] expected = new int[plan.pods.size()];
    expected[first] = n;
    assertArrayEquals(expected, counts);
  }

  /**
   * A Service's ClusterIP is another IPVS virtual service than its NodePort, with its own
   * connection counts: requests from outside in flight on node 0 leave a call's choice there
   * untouched, and a call's count falls when its answer is back.
   */
  @Test
  void ipvsLeastConnections_countsCallsApartFromRequestsFromOutside() {
    ExposurePlan plan = plan(2, 3, KubeProxyMode.IPVS, IpvsScheduler.LC);
    Chooser chooser = new Chooser(plan);
    int[] external = plan.proxyEndpoints[FOO][0];
    int[] internal = plan.calls.internalEndpoints[FOO][0];
    int caller = IntStream.range(0, plan.pods.size()).filter(p -> plan.podNode[p] == 0)
        .findFirst().orElseThrow();
    chooser.sendTo(0, external[0]);

    int fromOutside = chooser.choose(0, 0.5, -1);
    Request call = chooser.call(0, caller);
    int calledFirst = call.intAttribute(chooser.at.podAt[1]);
    int calledWhileOpen = chooser.call(0, caller).intAttribute(chooser.at.podAt[1]);
    chooser.choice.answered(call);
    int calledAfterAnswer = chooser.call(0, caller).intAttribute(chooser.at.podAt[1]);

    assertEquals(List.of(external[1], internal[0], internal[1], internal[0]),
        List.of(fromOutside, calledFirst, calledWhileOpen, calledAfterAnswer));
  }

  @Test
  void ipvsSourceHashing_sendsAClientToTheSameEndpointEveryTime_andClientsOverEveryEndpoint() {
    ExposurePlan plan = plan(1, 5, KubeProxyMode.IPVS, IpvsScheduler.SH);
    Chooser chooser = new Chooser(plan);
    RandomStream uniforms = new RandomStream(SEED);
    Set<Integer> reached = new TreeSet<>();

    for (int client = 0; client < 20; client++) {
      int first = chooser.choose(0, uniforms.nextDouble(), client);
      for (int again = 0; again < 5; again++) {
        assertEquals(first, chooser.choose(0, uniforms.nextDouble(), client), "client " + client);
      }
      reached.add(first);
    }

    assertEquals(new TreeSet<>(Arrays.stream(plan.proxyEndpoints[FOO][0]).boxed().toList()),
        reached);
  }

  /** One Service foo with {@code replicas} pods on {@code nodes} nodes of one zone, NodePort. */
  private static ExposurePlan plan(int nodes, int replicas, KubeProxyMode mode,
      IpvsScheduler scheduler) {
    return plan(nodes, replicas, mode, scheduler, OptionalInt.empty());
  }

  /** As {@link #plan(int, int, KubeProxyMode, IpvsScheduler)}, with keep-alive clients. */
  private static ExposurePlan plan(int nodes, int replicas, KubeProxyMode mode,
      IpvsScheduler scheduler, OptionalInt clients) {
    Scenario scenario = TestScenarios.scenario(ClusterSpec.NetworkProfile.IDEAL, 1, nodes,
        List.of(service("foo", replicas, 1, "exponential(mean=1ms)")),
        List.of(nodePort("nodeport")), 1000, 1, 2);
    ClusterSpec c = scenario.cluster();
    ClusterSpec cluster = new ClusterSpec(c.provider(), c.region(), c.zones(), c.nodes(), c.cni(),
        mode, scheduler, c.totalServices(), c.network(), c.hops(), c.bandwidth());
    WorkloadSpec w = scenario.workload();
    WorkloadSpec workload =
        new WorkloadSpec(clients, w.connections(), w.arrivals(), w.timeout(), w.mix());
    Scenario withMode = new Scenario(scenario.name(), scenario.description(), scenario.seed(),
        scenario.run(), cluster, scenario.services(), scenario.exposures(), workload,
        scenario.slo(), scenario.pricing());
    return PointModel.plan(withMode, withMode.exposures().get(0));
  }

  private static List<Pod> pods(ExposurePlan plan, int[] indices) {
    return Arrays.stream(indices).mapToObj(plan.pods::get).toList();
  }

  /**
   * An {@link EndpointChoice} for foo, the {@link EntryChoices} that ask it, and requests that
   * carry a uniform and a client, with room for one call (depth 2).
   */
  private static final class Chooser {
    final ExposurePlan plan;
    final RequestAttributes at;
    final Requests requests;
    final Connections connections;
    final EndpointChoice choice;
    final EntryChoices entries;

    Chooser(ExposurePlan plan) {
      this.plan = plan;
      this.at = new RequestAttributes(2);
      this.requests = new Requests(at.layout, new MeasurementWindow(0, 1));
      this.connections = new Connections(plan, at);
      this.choice = new EndpointChoice(plan, at, connections);
      this.entries = new EntryChoices(plan, at, connections, choice, new Station[0],
          new RandomStream(SEED));
    }

    /** The endpoint kube-proxy on {@code node} sends a request of {@code client} to foo to. */
    int enter(int node, int client) {
      Request request = requests.create(0);
      request.setAttribute(at.endpointUniform, 0.5);
      request.setIntAttribute(at.client, client);
      return entries.endpoint(request, connections.of(FOO), FOO, node);
    }

    /** The pod for a new connection to foo entering {@code node}; client -1 is none. */
    int choose(int node, double uniform, int client) {
      Request request = requests.create(0);
      request.setAttribute(at.endpointUniform, uniform);
      request.setIntAttribute(at.client, client);
      return choice.external(request, FOO, node, plan.proxyEndpoints[FOO][node]);
    }

    /** A request to foo that entered on {@code node} and went to the endpoint lc chose. */
    Request send(int node) {
      return sendTo(node, choose(node, 0.5, -1));
    }

    /** A request to foo that entered on {@code node} and went to {@code pod}, as pinned. */
    Request sendTo(int node, int pod) {
      Request request = requests.create(0);
      request.setIntAttribute(at.instance, FOO);
      request.setIntAttribute(at.entryNode, node);
      request.setIntAttribute(at.podAt[0], pod);
      choice.entered(FOO, node, pod);
      return request;
    }

    /** A call to foo from {@code caller}, a pod on {@code node}, at depth 1. */
    Request call(int node, int caller) {
      Request request = requests.create(0);
      request.setIntAttribute(at.depth, 1);
      request.setIntAttribute(at.podAt[0], caller);
      request.setIntAttribute(at.instanceAt[1], FOO);
      request.setIntAttribute(at.podAt[1],
          choice.internal(request, FOO, node, plan.calls.internalEndpoints[FOO][node]));
      return request;
    }
  }
}
