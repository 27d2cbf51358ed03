package kubeplan.plan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kubeplan.arrival.ArrivalProcess;
import kubeplan.cluster.NodeCatalog;
import kubeplan.exposure.PointModel;
import kubeplan.routing.KubeProxyMode;
import kubeplan.routing.TrafficPolicy;
import kubeplan.scenario.ClusterSpec;
import kubeplan.scenario.ExposureSpec;
import kubeplan.scenario.Problems;
import kubeplan.scenario.Scenario;
import kubeplan.scenario.ScenarioException;
import kubeplan.scenario.ScenarioFile;
import kubeplan.scenario.ScenarioReader;
import kubeplan.scenario.ServiceSpec;
import kubeplan.scenario.tree.Pointers;
import kubeplan.scenario.tree.SourceTree;
import kubeplan.scenario.tree.YamlFile;
import kubeplan.scenario.tree.YamlLoader;
import kubeplan.value.Rate;
import kubeplan.value.Spelling;
import kubeplan.value.ValueSyntaxException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a scenario file and its {@code plan:} section. The scenario reader checks the section's
 * structure against the schema; this binds it to the scenario (names that exist, ranges in order,
 * the rate) and applies its defaults, reporting each problem at its file, line and column.
 *
 * <pre>
 *   plan:
 *     rate: 3000/s                          # default: the rate of workload.arrivals
 *     rates: [1000/s, 2000/s, 4000/s]       # instead of rate: one plan per rate (growth)
 *     exposures: [ingress, lb-per-service]  # default: every exposure
 *     services:
 *       checkout: {replicas: {min: 2, max: 12}, concurrency: [4, 8]}
 *     controllerReplicas: {min: 1, max: 4}  # default: each exposure's own
 *     nodes: {types: [m6i.large, m6i.xlarge], count: auto}   # default: cluster.nodes.type, auto
 *     externalTrafficPolicy: [Cluster, Local]   # default: each exposure's own
 *     kubeProxy: [iptables, ipvs]           # default: cluster.kubeProxy
 *     maxReplications: 40                   # default: 4 × run.replications
 * </pre>
 */
public final class PlanReader {
  /** How many times {@code run.replications} a candidate may get while its verdict is open. */
  static final int DEFAULT_REPLICATION_FACTOR = 4;

  private final SourceTree tree;
  private final Problems problems;

  private PlanReader(SourceTree tree, Problems problems) {
    this.tree = tree;
    this.problems = problems;
  }

  /**
   * Reads {@code file} for planning.
   *
   * @throws ScenarioException with every problem of the scenario or its plan section
   */
  public static PlanFile read(Path file) throws ScenarioException {
    ScenarioFile scenario = ScenarioReader.read(file);
    Problems problems = new Problems();
    Optional<YamlFile> yaml = YamlLoader.load(file, file, problems);
    problems.throwIfAny();
    PlanReader reader = new PlanReader(yaml.orElseThrow().documents().get(0), problems);
    Optional<PlanSpec> plan = reader.bind(scenario);
    problems.throwIfAny();
    return new PlanFile(scenario, plan.orElseThrow());
  }

  private Optional<PlanSpec> bind(ScenarioFile file) {
    if (file.points().size() > 1) {
      report("/sweep", "a plan varies its own variables: remove sweep:, and plan several"
          + " loads with plan.rates");
      return Optional.empty();
    }
    Scenario scenario = file.points().get(0).scenario();
    Optional<List<Double>> rates = rates(scenario);
    List<String> exposures = exposures(scenario);
    List<ServiceChoices> services = new ArrayList<>();
    for (ServiceSpec service : scenario.services()) {
      services.add(choices(service));
    }
    unknownServices(scenario);
    Optional<IntRange> controller = Optional.empty();
    if (tree.at("/plan/controllerReplicas").isObject()
        || tree.at("/plan/controllerReplicas").isIntegralNumber()) {
      controller = range("/plan/controllerReplicas");
      boolean anyController = exposures.stream()
          .anyMatch(name -> scenario.exposures().stream()
              .anyMatch(e -> e.name().equals(name) && e.controller().isPresent()));
      if (!anyController) {
        report("/plan/controllerReplicas",
            "no exposure of the plan has an ingress controller to scale");
      }
    }
    List<String> nodeTypes = nodeTypes(scenario);
    Optional<IntRange> nodeCount = tree.at("/plan/nodes/count").isString()
        ? Optional.empty() : range("/plan/nodes/count");
    List<TrafficPolicy> policies = policies(scenario, exposures);
    List<KubeProxyMode> modes = modes(scenario);
    int replications = scenario.run().replications();
    JsonNode max = tree.at("/plan/maxReplications");
    int maxReplications = max.isIntegralNumber()
        ? max.asInt() : DEFAULT_REPLICATION_FACTOR * replications;
    if (maxReplications < replications) {
      report("/plan/maxReplications", "maxReplications " + maxReplications
          + " is below run.replications " + replications);
    }
    if (!problems.isEmpty() || rates.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new PlanSpec(rates.get(), exposures, services, controller, nodeTypes,
        nodeCount, policies, modes, replications, maxReplications));
  }

  private Optional<List<Double>> rates(Scenario scenario) {
    if (!(scenario.workload().arrivals() instanceof ArrivalProcess.Poisson poisson)) {
      report("/workload/arrivals", "the planner plans for Poisson arrivals; write"
          + " poisson(rate=…) here");
      return Optional.empty();
    }
    JsonNode rate = tree.at("/plan/rate");
    JsonNode rates = tree.at("/plan/rates");
    if (rate.isString() && rates.isArray()) {
      report("/plan/rates", "give plan.rate or plan.rates, not both");
      return Optional.empty();
    }
    if (rate.isString()) {
      return rate("/plan/rate").map(List::of);
    }
    if (!rates.isArray()) {
      return Optional.of(List.of(poisson.ratePerSecond()));
    }
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < rates.size(); i++) {
      String pointer = Pointers.child("/plan/rates", i);
      Optional<Double> value = rate(pointer);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      if (!values.isEmpty() && value.get() <= values.get(values.size() - 1)) {
        report(pointer, "plan.rates must increase: " + tree.at(pointer).asString()
            + " does not exceed the rate before it");
        return Optional.empty();
      }
      values.add(value.get());
    }
    return Optional.of(values);
  }

  private Optional<Double> rate(String pointer) {
    try {
      double perSecond = Rate.parse(tree.at(pointer).asString()).perSecond();
      if (perSecond <= 0) {
        report(pointer, "a rate to plan for must be positive, got " + tree.at(pointer).asString());
        return Optional.empty();
      }
      return Optional.of(perSecond);
    } catch (ValueSyntaxException e) {
      problems.add(tree.position(pointer).at(e.offset()), tree.field(pointer), e.reason());
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      report(pointer, e.getMessage());
      return Optional.empty();
    }
  }

  private List<String> exposures(Scenario scenario) {
    List<String> known = scenario.exposures().stream().map(ExposureSpec::name).toList();
    JsonNode list = tree.at("/plan/exposures");
    if (!list.isArray()) {
      return known;
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String name = list.get(i).asString();
      String pointer = Pointers.child("/plan/exposures", i);
      if (!known.contains(name)) {
        report(pointer, "exposure '" + name + "' is not defined" + suggestion(name, known));
      } else if (names.contains(name)) {
        report(pointer, "exposure '" + name + "' is listed twice");
      } else {
        names.add(name);
      }
    }
    return names;
  }

  private ServiceChoices choices(ServiceSpec service) {
    String pointer = Pointers.child("/plan/services", service.name());
    IntRange replicas = range(Pointers.child(pointer, "replicas"))
        .orElse(IntRange.of(service.replicas()));
    JsonNode concurrency = tree.at(Pointers.child(pointer, "concurrency"));
    List<Integer> workers = new ArrayList<>();
    if (concurrency.isArray()) {
      for (int i = 0; i < concurrency.size(); i++) {
        int value = concurrency.get(i).asInt();
        if (workers.contains(value)) {
          report(Pointers.child(Pointers.child(pointer, "concurrency"), i),
              "concurrency " + value + " is listed twice");
        }
        workers.add(value);
      }
    } else if (concurrency.isIntegralNumber()) {
      workers.add(concurrency.asInt());
    } else {
      workers.add(service.concurrency());
    }
    return new ServiceChoices(service.name(), replicas, workers.stream().distinct().toList());
  }

  private void unknownServices(Scenario scenario) {
    JsonNode services = tree.at("/plan/services");
    if (!services.isObject()) {
      return;
    }
    List<String> known = scenario.services().stream().map(ServiceSpec::name).toList();
    for (String name : services.propertyNames()) {
      if (!known.contains(name)) {
        problems.add(tree.keyPosition(Pointers.child("/plan/services", name)),
            tree.field(Pointers.child("/plan/services", name)),
            "service '" + name + "' is not defined" + suggestion(name, known));
      }
    }
  }

  /** The node types to consider: known to the catalogue, priced, each once. */
  private List<String> nodeTypes(Scenario scenario) {
    JsonNode list = tree.at("/plan/nodes/types");
    if (!list.isArray()) {
      return List.of(scenario.cluster().nodes().type());
    }
    List<String> known = List.copyOf(NodeCatalog.builtIn().names());
    NodePrices prices = NodePrices.of(PointModel.catalog(scenario));
    List<String> types = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String name = list.get(i).asString();
      String pointer = Pointers.child("/plan/nodes/types", i);
      if (!known.contains(name)) {
        report(pointer, "node type '" + name + "' is not in the node catalogue"
            + suggestion(name, known));
      } else if (prices.perMonth(name).isEmpty()) {
        report(pointer, "node type '" + name + "' has no price in " + prices.origin()
            + "; set pricing.overrides.nodeHourly." + name);
      } else if (types.contains(name)) {
        report(pointer, "node type '" + name + "' is listed twice");
      } else {
        types.add(name);
      }
    }
    return types;
  }

  /** The policies to consider, when some exposure of the plan has a node port they decide. */
  private List<TrafficPolicy> policies(Scenario scenario, List<String> exposures) {
    String pointer = "/plan/externalTrafficPolicy";
    List<TrafficPolicy> policies = words(pointer, TrafficPolicy.class);
    boolean applies = exposures.stream()
        .anyMatch(name -> Variants.trafficPolicyApplies(Variants.exposureNamed(scenario, name)));
    if (!policies.isEmpty() && !applies) {
      report(pointer, "no exposure of the plan lets traffic in through a node port"
          + " (NodePort, LoadBalancer with instance targets, Ingress with a controller),"
          + " so externalTrafficPolicy decides nothing");
    }
    return policies;
  }

  /*
   * iptables, nftables and ebpf all pick an endpoint uniformly at random; what sets them apart is
   * kube-proxy's cost on the first packet of a new connection. A scenario that never pays it
   * would simulate them alike, so listing two of them there is refused rather than simulated
   * twice. IPVS differs by its per-node scheduler whatever the connections.
   */
  private List<KubeProxyMode> modes(Scenario scenario) {
    String pointer = "/plan/kubeProxy";
    List<KubeProxyMode> modes = words(pointer, KubeProxyMode.class);
    Optional<String> unpaid = scenario.cluster().network() == ClusterSpec.NetworkProfile.IDEAL
        ? Optional.of("network: ideal makes it zero")
        : scenario.workload().clients().isEmpty()
            ? Optional.of("workload.clients: many opens no connection") : Optional.empty();
    List<KubeProxyMode> random = modes.stream().filter(m -> !m.schedulesPerNode()).toList();
    if (random.size() > 1 && unpaid.isPresent()) {
      JsonNode list = tree.at(pointer);
      int second = 0;
      while (!list.get(second).asString().equals(Configuration.modeName(random.get(1)))) {
        second++;
      }
      report(Pointers.child(pointer, second),
          "kube-proxy " + Configuration.modeName(random.get(1)) + " would simulate like "
              + Configuration.modeName(random.get(0)) + " here: both pick endpoints at random,"
              + " and the first-packet cost that sets them apart is paid per new connection ("
              + unpaid.get() + ")");
    }
    return modes;
  }

  /**
   * One word or a list of words naming constants of {@code type} as the scenario spells them
   * ({@code Local}, {@code ipvs}); the schema has checked the spelling. Empty when absent.
   */
  private <E extends Enum<E>> List<E> words(String pointer, Class<E> type) {
    JsonNode node = tree.at(pointer);
    List<E> values = new ArrayList<>();
    if (node.isString()) {
      values.add(Enum.valueOf(type, node.asString().toUpperCase(Locale.ROOT)));
    }
    for (int i = 0; node.isArray() && i < node.size(); i++) {
      E value = Enum.valueOf(type, node.get(i).asString().toUpperCase(Locale.ROOT));
      if (values.contains(value)) {
        report(Pointers.child(pointer, i), node.get(i).asString() + " is listed twice");
      } else {
        values.add(value);
      }
    }
    return values;
  }

  /** A range written as a whole number or {@code {min, max}}; empty when absent or wrong. */
  private Optional<IntRange> range(String pointer) {
    JsonNode node = tree.at(pointer);
    if (node.isIntegralNumber()) {
      return Optional.of(IntRange.of(node.asInt()));
    }
    if (!node.isObject() || !node.at("/min").isIntegralNumber()
        || !node.at("/max").isIntegralNumber()) {
      return Optional.empty();
    }
    int min = node.at("/min").asInt();
    int max = node.at("/max").asInt();
    if (max < min) {
      report(Pointers.child(pointer, "max"), "max " + max + " is below min " + min);
      return Optional.empty();
    }
    return Optional.of(new IntRange(min, max));
  }

  private void report(String pointer, String message) {
    problems.add(tree.position(pointer), tree.field(pointer), message);
  }

  private static String suggestion(String name, List<String> known) {
    return Spelling.nearest(name, known).map(n -> "; did you mean '" + n + "'?")
        .orElse("; known: " + String.join(", ", known));
  }
}
