package kubeplan.exposure;

import static kubeplan.exposure.TestScenarios.nodePort;
import static kubeplan.exposure.TestScenarios.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kubeplan.cluster.Node;
import kubeplan.cluster.Pod;
import kubeplan.engine.Runner;
import kubeplan.queueing.Request;
import kubeplan.queueing.Requests;
import kubeplan.queueing.Sampler;
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
    Chooser chooser = new Chooser(plan, new Station[plan.pods.size()]);
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
    Chooser chooser = new Chooser(plan, new Station[plan.pods.size()]);
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
   * lc counts the requests in flight at each pod (from every node: the model does not keep one
   * count per node's kube-proxy); among equals the first endpoint wins, as in IPVS's ip_vs_lc.
   */
  @Test
  void ipvsLeastConnections_picksTheEndpointWithFewestRequestsInFlight_theFirstAmongEquals() {
    ExposurePlan plan = plan(2, 3, KubeProxyMode.IPVS, IpvsScheduler.LC);
    int[] endpoints = plan.proxyEndpoints[FOO][0];
    List<Integer> picks = new ArrayList<>();
    Runner.run("lc", 3, engine -> {
      MeasurementWindow window = new MeasurementWindow(0, 3);
      Station[] pods = new Station[plan.pods.size()];
      for (int pod : endpoints) {
        pods[pod] = Station.builder(engine, "pod/" + pod, window).workers(1)
            .serviceTime(Sampler.constant(10)).whenServed(request -> { }).build();
      }
      Chooser chooser = new Chooser(plan, pods);
      int[] inFlight = {5, 1, 3};
      engine.scheduleAt(0, () -> {
        for (int i = 0; i < endpoints.length; i++) {
          for (int r = 0; r < inFlight[i]; r++) {
            pods[endpoints[i]].arrive(chooser.requests.create(0));
          }
        }
      });
      engine.scheduleAt(1, () -> {
        picks.add(chooser.choose(0, 0.5, -1));
        picks.add(chooser.choose(1, 0.5, -1));
        pods[endpoints[0]].arrive(chooser.requests.create(1));
        pods[endpoints[2]].arrive(chooser.requests.create(1));
        pods[endpoints[2]].arrive(chooser.requests.create(1));
      });
      engine.scheduleAt(2, () -> picks.add(chooser.choose(0, 0.5, -1)));
    });

    assertEquals(List.of(endpoints[1], endpoints[1], endpoints[1]), picks,
        "in flight 5, 1, 3 and then 6, 1, 5");
  }

  @Test
  void ipvsSourceHashing_sendsAClientToTheSameEndpointEveryTime_andClientsOverEveryEndpoint() {
    ExposurePlan plan = plan(1, 5, KubeProxyMode.IPVS, IpvsScheduler.SH);
    Chooser chooser = new Chooser(plan, new Station[plan.pods.size()]);
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
    Scenario scenario = TestScenarios.scenario(ClusterSpec.NetworkProfile.IDEAL, 1, nodes,
        List.of(service("foo", replicas, 1, "exponential(mean=1ms)")),
        List.of(nodePort("nodeport")), 1000, 1, 2);
    ClusterSpec c = scenario.cluster();
    ClusterSpec cluster = new ClusterSpec(c.provider(), c.region(), c.zones(), c.nodes(), c.cni(),
        mode, scheduler, c.totalServices(), c.network(), c.hops(), c.bandwidth());
    Scenario withMode = new Scenario(scenario.name(), scenario.description(), scenario.seed(),
        scenario.run(), cluster, scenario.services(), scenario.exposures(), scenario.workload(),
        scenario.slo(), scenario.pricing());
    return PointModel.plan(withMode, withMode.exposures().get(0));
  }

  private static List<Pod> pods(ExposurePlan plan, int[] indices) {
    return Arrays.stream(indices).mapToObj(plan.pods::get).toList();
  }

  /** An {@link EndpointChoice} for foo, and requests that carry a uniform and a client. */
  private static final class Chooser {
    final ExposurePlan plan;
    final RequestAttributes at;
    final Requests requests;
    final EndpointChoice choice;

    Chooser(ExposurePlan plan, Station[] pods) {
      this.plan = plan;
      this.at = new RequestAttributes(plan.calls.depth);
      this.requests = new Requests(at.layout, new MeasurementWindow(0, 1));
      this.choice = new EndpointChoice(plan, at, new Connections(plan, at), pods, new Station[0],
          new int[plan.pods.size()]);
    }

    /** The pod for a new connection to foo entering {@code node}; client -1 is none. */
    int choose(int node, double uniform, int client) {
      Request request = requests.create(0);
      request.setAttribute(at.endpointUniform, uniform);
      request.setIntAttribute(at.client, client);
      return choice.choose(request, FOO, node, plan.proxyEndpoints[FOO][node]);
    }
  }
}
