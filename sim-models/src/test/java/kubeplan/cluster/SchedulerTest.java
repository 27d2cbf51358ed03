package kubeplan.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchedulerTest {
  private static final long GIB = 1L << 30;

  /** One vCPU, 4 GiB, all allocatable: round numbers for hand-computed layouts. */
  private static final NodeType ONE_CPU =
      new NodeType("test.1cpu", 1, 4 * GIB, new Resources(1000, 4 * GIB));

  private static final Resources SMALL = new Resources(100, GIB / 8);

  @Test
  void nodes_goRoundRobinOverZones_namedByZoneAndIndexInZone() {
    Topology topology = Scheduler.place(cluster(3, 7), List.of());

    assertEquals(List.of("a-0", "b-0", "c-0", "a-1", "b-1", "c-1", "a-2"), names(topology.nodes()));
    assertEquals(List.of("a", "b", "c"), topology.zones().stream().map(Zone::name).toList());
    assertEquals(List.of("a-0", "a-1", "a-2"), names(topology.nodesIn(topology.zones().get(0))));
  }

  /**
   * foo (5 pods): one per zone, then the second node of zones a and b. bar (2 pods): c-1 is the
   * only empty node; then zones a and b tie, the nodes tie on load, and a-0 has the lowest index.
   */
  @Test
  void spread_roundRobinOverZonesThenNodes_matchesHandComputedLayout() {
    Topology topology =
        Scheduler.place(
            cluster(3, 6),
            List.of(PodRequest.spread("foo", 5, SMALL), PodRequest.spread("bar", 2, SMALL)));

    assertEquals(List.of("a-0", "b-0", "c-0", "a-1", "b-1"), nodesOf(topology.endpoints("foo")));
    assertEquals(List.of("c-1", "a-0"), nodesOf(topology.endpoints("bar")));
    assertEquals(
        List.of("foo-0", "foo-1", "foo-2", "foo-3", "foo-4"),
        topology.endpoints("foo").stream().map(Pod::name).toList());
    assertEquals(
        List.of("foo-0", "bar-1"),
        topology.podsOn(topology.nodes().get(0)).stream().map(Pod::name).toList());
  }

  @Test
  void explicitPlacement_putsTheGivenCountInEachZone() {
    PodRequest foo = new PodRequest("foo", 3, Optional.of(Map.of("a", 2, "b", 1)), SMALL);

    Topology topology = Scheduler.place(cluster(3, 6), List.of(foo));

    assertEquals(List.of("a-0", "a-1", "b-0"), nodesOf(topology.endpoints("foo")));
  }

  @Test
  void explicitPlacement_inAZoneTheClusterLacks_isRefusedNamingIt() {
    PodRequest foo = new PodRequest("foo", 1, Optional.of(Map.of("d", 1)), SMALL);

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Scheduler.place(cluster(3, 3), List.of(foo)));

    assertEquals(
        "service foo: placement names zone 'd', but the cluster's zones are a..c", e.getMessage());
  }

  @Test
  void placementCounts_mustAddUpToReplicas() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new PodRequest("foo", 3, Optional.of(Map.of("a", 1)), SMALL));

    assertEquals(
        "service foo: placement puts 1 pods in zones {a=1} but replicas is 3", e.getMessage());
  }

  /** A full zone is skipped, not an error: zone spreading is soft (ScheduleAnyway). */
  @Test
  void fullPreferredZone_fallsBackToAnotherZone() {
    Topology topology =
        Scheduler.place(
            cluster(2, 2),
            List.of(
                PodRequest.spread("big", 1, new Resources(900, GIB)),
                PodRequest.spread("x", 2, new Resources(300, GIB))));

    assertEquals(List.of("a-0"), nodesOf(topology.endpoints("big")));
    assertEquals(List.of("b-0", "b-0"), nodesOf(topology.endpoints("x")));
  }

  @Test
  void podThatFitsNowhere_isAnErrorNamingServiceAndResource() {
    UnschedulablePodException e =
        assertThrows(
            UnschedulablePodException.class,
            () ->
                Scheduler.place(
                    cluster(1, 2),
                    List.of(
                        PodRequest.spread("ingress-controller", 2, new Resources(600, GIB)),
                        PodRequest.spread("app", 1, new Resources(500, GIB)))));

    assertEquals("app", e.service());
    assertEquals("cpu", e.resource());
    assertEquals(
        "service app: a pod requesting cpu 500m, memory 1024Mi fits on no node (not enough cpu;"
            + " the most free on any node is cpu 400m, memory 3072Mi)",
        e.getMessage());
  }

  @Test
  void memoryShortage_isNamedAsMemory() {
    UnschedulablePodException e =
        assertThrows(
            UnschedulablePodException.class,
            () ->
                Scheduler.place(
                    cluster(1, 1),
                    List.of(PodRequest.spread("cache", 1, new Resources(10, 5 * GIB)))));

    assertEquals("memory", e.resource());
  }

  @Test
  void perNodeReserve_countsAsRequestedOnEveryNode() {
    ClusterSpec spec = new ClusterSpec(1, 2, ONE_CPU, new Resources(100, GIB / 4));

    Topology topology = Scheduler.place(spec, List.of(PodRequest.spread("foo", 1, SMALL)));

    assertEquals(
        new Resources(200, GIB / 4 + GIB / 8), topology.requested(topology.nodes().get(0)));
    assertEquals(new Resources(100, GIB / 4), topology.requested(topology.nodes().get(1)));
    assertEquals(new Resources(900, 4 * GIB - GIB / 4), spec.podCapacity());
  }

  @Test
  void endpoints_listEveryRequestedService_evenWithoutPods() {
    Topology topology =
        Scheduler.place(
            cluster(1, 1),
            List.of(PodRequest.spread("a", 1, SMALL), PodRequest.spread("b", 0, SMALL)));

    assertEquals(List.of("a", "b"), List.copyOf(topology.endpoints().keySet()));
    assertTrue(topology.endpoints("b").isEmpty());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> topology.endpoints("c"));
    assertEquals("unknown service 'c'; placed services: [a, b]", e.getMessage());
  }

  @Test
  void fewerNodesThanZones_isRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> cluster(3, 2));

    assertEquals("nodes (2) must be at least zones (3): every zone needs a node", e.getMessage());
  }

  /** Three 0.6-node pods: total demand says 2 nodes, but no two fit together, so 3 is optimal. */
  @Test
  void fewestNodes_threeOversizedHalves_needThreeAboveTheLowerBoundOfTwo() {
    NodeCount count =
        Scheduler.fewestNodes(
            1,
            ONE_CPU,
            Resources.NONE,
            List.of(PodRequest.spread("foo", 3, new Resources(600, 0))));

    assertEquals(new NodeCount(3, 2, 3), count);
  }

  /** 0.7 + 0.3 twice packs into exactly two nodes, the lower bound. */
  @Test
  void fewestNodes_complementaryPods_reachTheLowerBound() {
    NodeCount count =
        Scheduler.fewestNodes(
            1,
            ONE_CPU,
            Resources.NONE,
            List.of(
                PodRequest.spread("large", 2, new Resources(700, 0)),
                PodRequest.spread("small", 2, new Resources(300, 0))));

    assertEquals(new NodeCount(2, 2, 2), count);
    assertTrue(count.provablyOptimal());
  }

  /**
   * The scheduler spreads foo's two half-node pods over two nodes, leaving no room for bar's
   * whole-node pod; a packer would pair the halves. So kubeplan needs 3 where packing needs 2.
   */
  @Test
  void fewestNodes_spreading_canNeedMoreThanPacking() {
    NodeCount count =
        Scheduler.fewestNodes(
            1,
            ONE_CPU,
            Resources.NONE,
            List.of(
                PodRequest.spread("foo", 2, new Resources(500, 0)),
                PodRequest.spread("bar", 1, new Resources(1000, 0))));

    assertEquals(new NodeCount(3, 2, 2), count);
  }

  @Test
  void fewestNodes_neverBelowOnePerZone_andCountsTheReserve() {
    assertEquals(
        3,
        Scheduler.fewestNodes(
                3, ONE_CPU, Resources.NONE, List.of(PodRequest.spread("foo", 1, SMALL)))
            .nodes());
    // 900m left per node after a 100m reserve: ten 200m pods need 2000m, so 3 nodes (4 fit each).
    assertEquals(
        new NodeCount(3, 3, 3),
        Scheduler.fewestNodes(
            1,
            ONE_CPU,
            new Resources(100, 0),
            List.of(PodRequest.spread("foo", 10, new Resources(200, 0)))));
  }

  @Test
  void fewestNodes_memoryBound_isCountedToo() {
    NodeCount count =
        Scheduler.fewestNodes(
            1,
            ONE_CPU,
            Resources.NONE,
            List.of(PodRequest.spread("cache", 5, new Resources(10, 3 * GIB))));

    assertEquals(new NodeCount(5, 4, 5), count);
  }

  @Test
  void fewestNodes_podLargerThanAnEmptyNode_isAnError() {
    UnschedulablePodException e =
        assertThrows(
            UnschedulablePodException.class,
            () ->
                Scheduler.fewestNodes(
                    1,
                    ONE_CPU,
                    Resources.NONE,
                    List.of(PodRequest.spread("huge", 1, new Resources(1500, 0)))));

    assertEquals("huge", e.service());
    assertEquals("cpu", e.resource());
  }

  private static ClusterSpec cluster(int zones, int nodes) {
    return new ClusterSpec(zones, nodes, ONE_CPU, Resources.NONE);
  }

  private static List<String> names(List<Node> nodes) {
    return nodes.stream().map(Node::name).toList();
  }

  private static List<String> nodesOf(List<Pod> pods) {
    return pods.stream().map(p -> p.node().name()).toList();
  }
}
