package kubeplan.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places pods on nodes the way the default kube-scheduler spreads them, and finds the fewest nodes
 * that hold them all ({@code nodes.count: auto}).
 */
public final class Scheduler {
  /*
   * The default scheduler filters nodes by free allocatable (NodeResourcesFit), then scores them;
   * its default topology spread constraints (zone and hostname, whenUnsatisfiable: ScheduleAnyway)
   * spread a Service's pods over zones and nodes, and LeastAllocated prefers emptier nodes [1].
   * kubeplan makes that deterministic: each pod of a Service, in turn, goes to the fitting node
   * with, in this order,
   *   1. the fewest pods of this Service in its zone (round-robin over zones),
   *   2. the fewest pods of this Service on the node (round-robin over the zone's nodes),
   *   3. the least requested share of allocatable, cpu/allocatableCpu + memory/allocatableMemory,
   *   4. the lowest index.
   * The spreading is soft, as in Kubernetes: a full zone is skipped, not an error. An explicit
   * `placement` fixes each pod's zone and keeps rules 2-4 inside it. Services are placed in the
   * order given.
   * [1] https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/
   *     #internal-default-constraints ; .../resource-bin-packing/ (LeastAllocated)
   */

  private Scheduler() {}

  /**
   * Places every pod of {@code requests} on {@code cluster}.
   *
   * @throws UnschedulablePodException if a pod fits on no node it may go to
   * @throws IllegalArgumentException if a Service is requested twice or a placement names a zone
   *     the cluster does not have
   */
  public static Topology place(ClusterSpec cluster, List<PodRequest> requests) {
    Placement placement = new Placement(cluster);
    if (!placement.placeAll(requests)) {
      throw placement.failure;
    }
    return placement.topology();
  }

  /**
   * The fewest nodes of {@code nodeType} over {@code zones} zones with which {@link #place} places
   * every pod, never fewer than {@code zones}.
   *
   * <p>It searches upwards from the {@link NodeCount#lowerBound() lower bound}, so the answer is
   * exact for kubeplan's placement; when it equals the lower bound no packing could do better.
   * Otherwise the optimal packing lies between the lower bound and the smaller of the answer and
   * {@link NodeCount#firstFitDecreasing()}: spreading may cost nodes a bin packer would save.
   *
   * @throws UnschedulablePodException if a pod does not fit even on an empty node
   */
  public static NodeCount fewestNodes(
      int zones, NodeType nodeType, Resources perNodeReserve, List<PodRequest> requests) {
    Resources capacity = new ClusterSpec(zones, zones, nodeType, perNodeReserve).podCapacity();
    Resources demand = Resources.NONE;
    int pods = 0;
    for (PodRequest request : requests) {
      if (request.replicas() > 0 && !capacity.fits(request.requests())) {
        throw tooLarge(request, capacity, "an empty " + nodeType.name() + " node");
      }
      demand = demand.plus(request.requests().times(request.replicas()));
      pods += request.replicas();
    }
    int lowerBound =
        Math.max(
            zones,
            Math.max(
                nodesFor(demand.cpuMillis(), capacity.cpuMillis()),
                nodesFor(demand.memoryBytes(), capacity.memoryBytes())));
    int firstFitDecreasing = firstFitDecreasing(capacity, requests);
    // With zones * pods nodes every zone has an empty node for each pod, so the search ends there.
    int enough = Math.max(lowerBound, zones * pods);
    for (int nodes = lowerBound; nodes <= enough; nodes++) {
      if (new Placement(new ClusterSpec(zones, nodes, nodeType, perNodeReserve))
          .placeAll(requests)) {
        return new NodeCount(nodes, lowerBound, firstFitDecreasing);
      }
    }
    throw new IllegalStateException(
        "no node count up to " + enough + " places " + pods + " pods that each fit one node");
  }

  private static int nodesFor(long demand, long perNode) {
    return demand == 0 ? 0 : (int) ((demand + perNode - 1) / perNode);
  }

  private static int firstFitDecreasing(Resources capacity, List<PodRequest> requests) {
    List<Resources> items = new ArrayList<>();
    for (PodRequest request : requests) {
      for (int i = 0; i < request.replicas(); i++) {
        items.add(request.requests());
      }
    }
    Comparator<Resources> bySize =
        Comparator.comparingDouble(
            r ->
                Math.max(
                    share(r.cpuMillis(), capacity.cpuMillis()),
                    share(r.memoryBytes(), capacity.memoryBytes())));
    items.sort(bySize.reversed());
    List<Resources> free = new ArrayList<>();
    for (Resources item : items) {
      int bin = 0;
      while (bin < free.size() && !free.get(bin).fits(item)) {
        bin++;
      }
      if (bin == free.size()) {
        free.add(capacity);
      }
      free.set(bin, free.get(bin).minus(item));
    }
    return free.size();
  }

  private static double share(long amount, long capacity) {
    return capacity == 0 ? 0 : amount / (double) capacity;
  }

  private static UnschedulablePodException tooLarge(
      PodRequest request, Resources mostFree, String where) {
    Resources asked = request.requests();
    boolean cpu = asked.cpuMillis() > mostFree.cpuMillis();
    boolean memory = asked.memoryBytes() > mostFree.memoryBytes();
    String resource = cpu == memory ? "cpu and memory" : cpu ? "cpu" : "memory";
    String shortage =
        cpu || memory ? "not enough " + resource : "no node has enough cpu and memory at once";
    return new UnschedulablePodException(
        request.service(),
        resource,
        "service "
            + request.service()
            + ": a pod requesting "
            + asked
            + " fits on no node ("
            + shortage
            + "; the most free on "
            + where
            + " is "
            + mostFree
            + ")");
  }

  /** One run of the placement: the nodes and what is requested on each so far. */
  private static final class Placement {
    private final ClusterSpec cluster;
    private final List<Node> nodes = new ArrayList<>();
    private final long[] cpu;
    private final long[] memory;
    private final List<Pod> pods = new ArrayList<>();
    private final List<String> services = new ArrayList<>();
    private UnschedulablePodException failure;

    Placement(ClusterSpec cluster) {
      this.cluster = cluster;
      int[] inZone = new int[cluster.zones()];
      for (int i = 0; i < cluster.nodes(); i++) {
        Zone zone = Zone.at(i % cluster.zones());
        nodes.add(new Node(zone.name() + "-" + inZone[zone.index()]++, i, zone));
      }
      cpu = new long[cluster.nodes()];
      memory = new long[cluster.nodes()];
      Arrays.fill(cpu, cluster.perNodeReserve().cpuMillis());
      Arrays.fill(memory, cluster.perNodeReserve().memoryBytes());
    }

    /** Places every pod; false (with {@link #failure} set) at the first pod that fits nowhere. */
    boolean placeAll(List<PodRequest> requests) {
      Set<String> seen = new HashSet<>();
      for (PodRequest request : requests) {
        if (!seen.add(request.service())) {
          throw new IllegalArgumentException(
              "service " + request.service() + " is requested twice; give its pods in one request");
        }
        services.add(request.service());
        if (!place(request)) {
          return false;
        }
      }
      return true;
    }

    Topology topology() {
      List<Resources> requested = new ArrayList<>();
      for (int i = 0; i < nodes.size(); i++) {
        requested.add(new Resources(cpu[i], memory[i]));
      }
      return new Topology(cluster, nodes, pods, services, requested);
    }

    private boolean place(PodRequest request) {
      int[] onNode = new int[nodes.size()];
      int[] inZone = new int[cluster.zones()];
      if (request.placement().isEmpty()) {
        for (int k = 0; k < request.replicas(); k++) {
          if (!add(request, k, -1, onNode, inZone)) {
            return false;
          }
        }
        return true;
      }
      Map<String, Integer> perZone = request.placement().get();
      for (String zoneName : perZone.keySet()) {
        if (zoneIndex(zoneName) < 0) {
          throw new IllegalArgumentException(
              "service "
                  + request.service()
                  + ": placement names zone '"
                  + zoneName
                  + "', but the cluster's zones are a.."
                  + Zone.at(cluster.zones() - 1).name());
        }
      }
      int k = 0;
      for (int z = 0; z < cluster.zones(); z++) {
        int count = perZone.getOrDefault(Zone.at(z).name(), 0);
        for (int i = 0; i < count; i++) {
          if (!add(request, k++, z, onNode, inZone)) {
            return false;
          }
        }
      }
      return true;
    }

    private int zoneIndex(String name) {
      for (int z = 0; z < cluster.zones(); z++) {
        if (Zone.at(z).name().equals(name)) {
          return z;
        }
      }
      return -1;
    }

    /** The best node for the next pod, in zone {@code onlyZone} unless it is -1; or -1. */
    private int choose(PodRequest request, int onlyZone, int[] onNode, int[] inZone) {
      Resources allocatable = cluster.nodeType().allocatable();
      Resources asked = request.requests();
      int best = -1;
      for (int i = 0; i < nodes.size(); i++) {
        int zone = nodes.get(i).zone().index();
        boolean fits =
            cpu[i] + asked.cpuMillis() <= allocatable.cpuMillis()
                && memory[i] + asked.memoryBytes() <= allocatable.memoryBytes();
        if ((onlyZone >= 0 && zone != onlyZone) || !fits) {
          continue;
        }
        if (best < 0 || better(i, best, onlyZone < 0, onNode, inZone, allocatable)) {
          best = i;
        }
      }
      return best;
    }

    private boolean better(
        int candidate, int best, boolean spreadZones, int[] onNode, int[] inZone, Resources alloc) {
      if (spreadZones) {
        int byZone =
            Integer.compare(
                inZone[nodes.get(candidate).zone().index()],
                inZone[nodes.get(best).zone().index()]);
        if (byZone != 0) {
          return byZone < 0;
        }
      }
      if (onNode[candidate] != onNode[best]) {
        return onNode[candidate] < onNode[best];
      }
      // cpu/allocCpu + mem/allocMem compared exactly, multiplied out by allocCpu * allocMem.
      long candidateLoad =
          cpu[candidate] * alloc.memoryBytes() + memory[candidate] * alloc.cpuMillis();
      long bestLoad = cpu[best] * alloc.memoryBytes() + memory[best] * alloc.cpuMillis();
      return candidateLoad < bestLoad; // on a tie the lower index, already best, stays
    }

    private Resources mostFree(int onlyZone) {
      Resources allocatable = cluster.nodeType().allocatable();
      long freeCpu = 0;
      long freeMemory = 0;
      for (int i = 0; i < nodes.size(); i++) {
        if (onlyZone < 0 || nodes.get(i).zone().index() == onlyZone) {
          freeCpu = Math.max(freeCpu, allocatable.cpuMillis() - cpu[i]);
          freeMemory = Math.max(freeMemory, allocatable.memoryBytes() - memory[i]);
        }
      }
      return new Resources(freeCpu, freeMemory);
    }

    /** Places pod {@code k} of {@code request}; false, recording why, if it fits nowhere. */
    private boolean add(PodRequest request, int k, int onlyZone, int[] onNode, int[] inZone) {
      int node = choose(request, onlyZone, onNode, inZone);
      if (node < 0) {
        String where = onlyZone < 0 ? "any node" : "a node of zone " + Zone.at(onlyZone).name();
        failure = tooLarge(request, mostFree(onlyZone), where);
        return false;
      }
      Node target = nodes.get(node);
      pods.add(new Pod(request.service() + "-" + k, request.service(), pods.size(), target));
      cpu[node] += request.requests().cpuMillis();
      memory[node] += request.requests().memoryBytes();
      onNode[node]++;
      inZone[target.zone().index()]++;
      return true;
    }
  }
}
