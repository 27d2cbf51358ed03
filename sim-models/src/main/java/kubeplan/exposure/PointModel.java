package kubeplan.exposure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kubeplan.cluster.ClusterSpec;
import kubeplan.cluster.NodeCatalog;
import kubeplan.cluster.NodeType;
import kubeplan.cluster.PodRequest;
import kubeplan.cluster.Resources;
import kubeplan.cluster.Scheduler;
import kubeplan.cluster.Topology;
import kubeplan.cost.CostModel;
import kubeplan.cost.ExposureCost;
import kubeplan.cost.PriceCatalog;
import kubeplan.network.Bandwidths;
import kubeplan.network.Cni;
import kubeplan.network.Hop;
import kubeplan.network.NetworkProfile;
import kubeplan.network.TlsKey;
import kubeplan.random.Distribution;
import kubeplan.replication.Mser5;
import kubeplan.results.ExposureResults;
import kubeplan.results.PointResults;
import kubeplan.results.SloTarget;
import kubeplan.scenario.ExposureSpec;
import kubeplan.scenario.PodRequests;
import kubeplan.scenario.Scenario;
import kubeplan.scenario.SweepValue;
import kubeplan.scenario.Warmup;

/**
 * The simulation models of every exposure of one sweep point, and how their replications become
 * that point's results. Every exposure of a replication uses the same random streams.
 */
public final class PointModel {
  private final Scenario scenario;
  private final List<ExposurePlan> plans;
  private final List<Boolean> unstable;
  private final List<String> warnings;
  private final CostModel costs;

  private PointModel(Scenario scenario, List<ExposurePlan> plans, List<Boolean> unstable,
      List<String> warnings, CostModel costs) {
    this.scenario = scenario;
    this.plans = plans;
    this.unstable = unstable;
    this.warnings = warnings;
    this.costs = costs;
  }

  /**
   * Places the pods of each exposure on the cluster and resolves its hop latencies.
   *
   * @throws IllegalArgumentException when the cluster cannot hold the pods, naming the service
   */
  public static PointModel of(Scenario scenario) {
    List<ExposurePlan> plans = new ArrayList<>();
    List<Boolean> unstable = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (ExposureSpec exposure : scenario.exposures()) {
      ExposurePlan plan = plan(scenario, exposure);
      plans.add(plan);
      List<String> overloaded = Overload.of(plan);
      unstable.add(!overloaded.isEmpty());
      for (String station : overloaded) {
        warnings.add(exposure.name() + ": " + station);
      }
    }
    PriceCatalog catalog = catalog(scenario);
    return new PointModel(scenario, List.copyOf(plans), List.copyOf(unstable),
        List.copyOf(warnings), new CostModel(catalog));
  }

  /**
   * The prices {@code scenario} is billed at: its {@code pricing.catalog} or the provider's
   * built-in catalogue for its region, with {@code pricing.overrides} applied.
   *
   * @throws kubeplan.cost.CatalogException when the catalogue cannot be read
   */
  public static PriceCatalog catalog(Scenario scenario) {
    return scenario.pricing().catalog()
        .map(PriceCatalog::load)
        .orElseGet(() -> PriceCatalog.builtIn(
            scenario.cluster().provider(), scenario.cluster().region()))
        .withOverrides(scenario.pricing().overrides());
  }

  /** The plan of {@code exposure}: its pods placed on the cluster, its hop latencies resolved. */
  static ExposurePlan plan(Scenario scenario, ExposureSpec exposure) {
    return new ExposurePlan(scenario, exposure, place(scenario, exposure, nodeType(scenario)),
        latencies(scenario, exposure));
  }

  /** Stations whose offered load is at least their capacity with an unbounded queue. */
  public List<String> warnings() {
    return warnings;
  }

  /** The number of exposures simulated per replication. */
  public int exposures() {
    return plans.size();
  }

  /**
   * Runs replication {@code replication} of every exposure with the same random streams.
   *
   * @param seed the scenario seed
   */
  public List<ReplicationOutcome> replicate(long seed, int replication) {
    List<ReplicationOutcome> outcomes = new ArrayList<>();
    for (int exposure = 0; exposure < plans.size(); exposure++) {
      outcomes.add(replicate(exposure, seed, replication));
    }
    return outcomes;
  }

  /**
   * Runs replication {@code replication} of exposure {@code exposure} (in the scenario's order)
   * alone: the same outcome as that exposure's entry of {@link #replicate(long, int)}, so the
   * exposures of one replication can run on different threads.
   *
   * @param seed the scenario seed
   */
  public ReplicationOutcome replicate(int exposure, long seed, int replication) {
    double duration = scenario.run().duration().toNanos() / 1e9;
    return run(plans.get(exposure), seed, replication, duration);
  }

  /*
   * warmup: auto runs the replication once from time zero, applies MSER-5 to its series of batch
   * means of latency, and runs it again with the truncation point as warm-up: the same streams
   * give the same requests, so the second run measures exactly the requests after that point.
   */
  private ReplicationOutcome run(ExposurePlan plan, long seed, int replication,
      double duration) {
    Warmup warmup = scenario.run().warmup();
    if (warmup instanceof Warmup.Fixed fixed) {
      return ExposureSimulation.run(plan, seed, replication, fixed.length().toNanos() / 1e9, duration);
    }
    ReplicationOutcome pilot = ExposureSimulation.run(plan, seed, replication, 0, duration);
    double truncation = Mser5.warmupEnd(pilot.requests().series);
    return truncation == 0 ? pilot
        : ExposureSimulation.run(plan, seed, replication, truncation, duration);
  }

  /**
   * This point's results from its replications, {@code runs.get(r).get(e)} being replication r
   * of exposure e.
   */
  public PointResults results(int index, List<SweepValue> values,
      List<List<ReplicationOutcome>> runs, List<SloTarget> slo) {
    PointAssembly assembly = new PointAssembly(scenario.run().confidence(), slo);
    List<ExposureResults> exposures = new ArrayList<>();
    Optional<PointAssembly.Replicated> baseline = Optional.empty();
    for (int e = 0; e < plans.size(); e++) {
      ExposurePlan plan = plans.get(e);
      List<ReplicationOutcome> mine = new ArrayList<>();
      List<ExposureCost> priced = new ArrayList<>();
      for (List<ReplicationOutcome> replication : runs) {
        ReplicationOutcome run = replication.get(e);
        mine.add(run);
        priced.add(costs.price(Usages.of(plan, run)));
      }
      exposures.add(assembly.exposure(plan, mine, priced, baseline, unstable.get(e)));
      if (e == 0) {
        baseline = Optional.of(new PointAssembly.Replicated(mine, priced));
      }
    }
    return new PointResults(index, values, exposures);
  }

  /** Warnings of the cost model (e.g. LB quotas) for the first replication's usage. */
  public List<String> costWarnings(List<ReplicationOutcome> replication) {
    List<String> result = new ArrayList<>();
    for (int e = 0; e < plans.size(); e++) {
      result.addAll(costs.price(Usages.of(plans.get(e), replication.get(e))).warnings());
    }
    return result;
  }

  /**
   * The nodes {@code exposure} runs on: {@code cluster.nodes.count}, or for {@code auto} the
   * fewest that fit every pod it places (the services' and its ingress controller's).
   *
   * @throws IllegalArgumentException when the node type is unknown or a pod fits on no node
   */
  public static int nodes(Scenario scenario, ExposureSpec exposure) {
    return scenario.cluster().nodes().count().orElseGet(() -> Scheduler.fewestNodes(
        scenario.cluster().zones(), nodeType(scenario), Resources.NONE,
        podRequests(scenario, exposure)).nodes());
  }

  /**
   * Where {@code exposure}'s pods run: the nodes and the placement the model simulates.
   *
   * @throws IllegalArgumentException when the node type is unknown or a pod fits on no node
   */
  public static Topology placement(Scenario scenario, ExposureSpec exposure) {
    return place(scenario, exposure, nodeType(scenario));
  }

  private static NodeType nodeType(Scenario scenario) {
    return NodeCatalog.builtIn().find(scenario.cluster().nodes().type())
        .orElseThrow(() -> new IllegalArgumentException("unknown node type "
            + scenario.cluster().nodes().type() + "; known: " + NodeCatalog.builtIn().names()));
  }

  private static Topology place(Scenario scenario, ExposureSpec exposure, NodeType nodeType) {
    List<PodRequest> requests = podRequests(scenario, exposure);
    int zones = scenario.cluster().zones();
    int nodes = scenario.cluster().nodes().count().orElseGet(() -> Scheduler
        .fewestNodes(zones, nodeType, Resources.NONE, requests).nodes());
    return Scheduler.place(new ClusterSpec(zones, nodes, nodeType, Resources.NONE), requests);
  }

  private static List<PodRequest> podRequests(Scenario scenario, ExposureSpec exposure) {
    return PodRequests.of(scenario.services(), exposure.controller());
  }

  /** The profile of {@code cluster.network} and its CNI, with the scenario's overrides applied. */
  private static Latencies latencies(Scenario scenario, ExposureSpec exposure) {
    var cluster = scenario.cluster();
    NetworkProfile profile =
        NetworkProfile.named(cluster.network().name().toLowerCase(), cluster.cni());
    var hops = cluster.hops();
    profile = override(profile, Hop.VETH, hops.veth());
    profile = override(profile, Hop.CROSS_NODE, hops.crossNode());
    profile = override(profile, Hop.CROSS_ZONE, hops.crossZone());
    profile = override(profile, Hop.ENCAPSULATION, hops.encapsulation());
    profile = override(profile, Hop.INTERNET, hops.internet());
    profile = profile.withBandwidth(
        new Bandwidths(cluster.bandwidth().node(), cluster.bandwidth().flow()));
    Optional<Distribution> loadBalancer = Optional.empty();
    boolean onReturn = true;
    if (exposure.loadBalancer().isPresent()) {
      var lb = exposure.loadBalancer().get();
      var kind = lb.kind();
      if (lb.latency().isPresent()) {
        profile = profile.withLoadBalancerLatency(kind, lb.latency().get());
      }
      loadBalancer = Optional.of(profile.loadBalancer(kind));
      onReturn = !kind.directServerReturn();
    }
    var controller = exposure.controller();
    Distribution processing = controller.flatMap(c -> c.processingTime())
        .orElse(profile.controller().processingTime());
    Distribution responseProcessing = controller.flatMap(c -> c.responseProcessingTime())
        .orElse(profile.controller().responseProcessingTime());
    return new Latencies(profile.hop(Hop.VETH), profile.hop(Hop.CROSS_NODE),
        profile.hop(Hop.CROSS_ZONE),
        cluster.cni() == Cni.OVERLAY
            ? Optional.of(profile.hop(Hop.ENCAPSULATION)) : Optional.empty(),
        profile.hop(Hop.INTERNET), loadBalancer, onReturn,
        profile.kubeProxy().newConnection(cluster.kubeProxy(), cluster.totalServices()),
        profile.kubeProxy().perPacket(), profile.connections().tcpOverhead(),
        profile.connections().tlsHandshake(TlsKey.ECDSA_P256), processing, responseProcessing,
        profile.bandwidth().node().map(b -> b.bytesPerSecond()).orElse(Double.POSITIVE_INFINITY),
        profile.bandwidth().flow().map(b -> b.bytesPerSecond())
            .orElse(Double.POSITIVE_INFINITY));
  }

  private static NetworkProfile override(NetworkProfile profile, Hop hop,
      Optional<Distribution> latency) {
    return latency.map(l -> profile.withHop(hop, l)).orElse(profile);
  }
}
