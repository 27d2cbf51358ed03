package kubeplan.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import kubeplan.cluster.Node;
import kubeplan.cluster.NodeCatalog;
import kubeplan.cluster.NodeType;
import kubeplan.cluster.Pod;
import kubeplan.cluster.Topology;
import kubeplan.cost.PriceCatalog;
import kubeplan.exposure.PointModel;
import kubeplan.exposure.ReplicationOutcome;
import kubeplan.replication.Replications;
import kubeplan.results.CostItem;
import kubeplan.results.ExposureResults;
import kubeplan.results.Slo;
import kubeplan.results.SloCheck;
import kubeplan.results.SloMetric;
import kubeplan.results.SloTarget;
import kubeplan.routing.KubeProxyMode;
import kubeplan.routing.TrafficPolicy;
import kubeplan.scenario.ControllerSpec;
import kubeplan.scenario.ExposureSpec;
import kubeplan.scenario.Scenario;
import kubeplan.scenario.ServiceSpec;

/**
 * Finds, for each exposure, the cheapest configuration in the plan's space that meets the SLO at
 * the upper end of its confidence intervals, simulating as few configurations as it can.
 */
public final class Planner {
  /*
   * The space of one exposure is the product of its categorical variables (node type,
   * externalTrafficPolicy where it applies, kube-proxy mode, each service's concurrency), whose
   * combinations are branches, and of the monotone variables: replicas per service and ingress
   * controller replicas. More of a monotone variable never makes latency worse and never makes
   * the plan cheaper, so
   *  1. the screen's stability bound gives each variable its fewest useful value; every smaller
   *     one is discarded without simulation, and so is a branch whose fewest exceeds its range.
   *     With a node count maximum, a configuration whose pods need more nodes than that by the
   *     node bound (requests over allocatable, pods too big to share a node) is discarded too;
   *  2. branches are taken in order of a lower bound on their monthly cost: the node bound of
   *     their fewest configuration times the node type's price. The load balancer hours and the
   *     control plane are the same for every configuration of an exposure, and every one that
   *     meets the SLO pays at least the usage bound (egress and load balancer bytes of the
   *     requests it may not fail, UsageBound), so a branch is skipped once the three exceed the
   *     actual simulated cost of the best plan found (branch and bound);
   *  3. in a branch, the M/G/c approximation's guess is simulated first (else the top of every
   *     range, and if that misses, nothing in the branch meets the SLO); then each variable is
   *     lowered by bisection between its fewest stable value and the lowest value known to meet
   *     the SLO, the others held. Each value found is the fewest given the others, so one pass
   *     leaves a configuration none of whose variables can be lowered alone. Under a node count
   *     maximum the guess and the top stay within what the scheduler places on that many nodes.
   * Every simulation uses the scenario's seed and replication indices: candidates are compared
   * with common random numbers. A candidate starts with the plan's replications and doubles them,
   * up to the maximum, while a target's interval straddles its limit.
   */

  /** Cost items that do not depend on a configuration of the exposure. */
  private static final Set<String> FIXED_COSTS = Set.of("load-balancer-hours", "control-plane");

  private final Scenario base;
  private final PlanSpec spec;
  private final double rate;
  private final int threads;
  private final List<SloTarget> targets;
  private final PriceCatalog catalog;
  private final NodePrices prices;
  private final Map<Configuration, Evaluation> evaluated = new LinkedHashMap<>();
  private final Map<Configuration, OptionalInt> placed = new HashMap<>();
  private final Map<Simulation, List<List<ReplicationOutcome>>> simulations = new HashMap<>();

  private Planner(Scenario base, PlanSpec spec, double rate, int threads, PriceCatalog catalog) {
    this.base = base;
    this.spec = spec;
    this.rate = rate;
    this.threads = threads;
    this.targets = Slo.of(base.slo()).targets();
    this.catalog = catalog;
    this.prices = NodePrices.of(catalog);
  }

  /**
   * Plans {@code base} over the space of {@code spec}, once per rate of the plan.
   *
   * @param threads threads replications run on
   * @throws IllegalArgumentException when a configuration cannot be built (e.g. a pod fits on no
   *     node), naming it
   */
  public static Growth plan(Scenario base, PlanSpec spec, int threads) {
    PriceCatalog catalog = PointModel.catalog(base);
    List<Plan> steps = new ArrayList<>();
    for (double rate : spec.ratesPerSecond()) {
      Planner planner = new Planner(base, spec, rate, threads, catalog);
      List<ExposureOutcome> outcomes = new ArrayList<>();
      for (String exposure : spec.exposures()) {
        outcomes.add(planner.exposure(Variants.exposureNamed(base, exposure)));
      }
      steps.add(new Plan(base.name(), steps.size(), rate, outcomes,
          List.copyOf(planner.evaluated.values())));
    }
    return new Growth(steps);
  }

  private ExposureOutcome exposure(ExposureSpec exposure) {
    simulations.clear();
    Screen screen = new Screen(base, exposure, rate);
    List<Branch> branches = branches(exposure, screen);
    long screened = branches.stream().mapToLong(Branch::size).sum();
    long discarded = branches.stream().mapToLong(Branch::discarded).sum();
    int evaluatedBefore = evaluated.size();
    Optional<String> bound = screen.serviceTimeBound(targets);
    if (bound.isPresent()) {
      return new ExposureOutcome(exposure.name(), type(exposure), Optional.empty(), bound,
          screened, screened, 0);
    }
    List<Branch> open = branches.stream().filter(Branch::open)
        .sorted(Comparator.comparingDouble(Branch::nodeCostBound)).toList();
    if (open.isEmpty()) {
      return new ExposureOutcome(exposure.name(), type(exposure), Optional.empty(),
          Optional.of(branches.get(0).closed()), screened, screened, 0);
    }
    double usage = usageBound(exposure).usdPerMonth();
    Optional<Evaluation> best = Optional.empty();
    String missed = "";
    for (Branch branch : open) {
      if (best.isPresent() && branch.nodeCostBound() + fixedCost(best.get()) + usage
          > best.get().costPerMonthUsd()) {
        break;
      }
      Searched searched = search(screen, branch);
      if (searched.found().isEmpty()) {
        missed = missed.isEmpty() ? searched.missed() : missed;
      } else if (best.isEmpty()
          || searched.found().get().costPerMonthUsd() < best.get().costPerMonthUsd()) {
        best = searched.found();
      }
    }
    int simulated = (int) evaluated.values().stream().skip(evaluatedBefore)
        .filter(Evaluation::simulated).count();
    return new ExposureOutcome(exposure.name(), type(exposure), best,
        best.isPresent() ? Optional.empty() : Optional.of(missed), screened, discarded,
        simulated);
  }

  /** The usage-priced cost every configuration of {@code exposure} meeting the SLO pays. */
  private UsageBound usageBound(ExposureSpec exposure) {
    double errorBudget = targets.stream().filter(t -> t.metric() == SloMetric.ERROR_RATE)
        .mapToDouble(SloTarget::limit).min().orElse(1);
    return UsageBound.of(base, exposure, rate, errorBudget, spec.replications(), catalog);
  }

  /** What every configuration of the exposure pays whatever its variables. */
  private static double fixedCost(Evaluation evaluation) {
    return evaluation.results().costs().stream().filter(c -> FIXED_COSTS.contains(c.item()))
        .mapToDouble(CostItem::usdPerMonth).sum();
  }

  /**
   * One branch per combination of node type, traffic policy, kube-proxy mode and concurrency
   * choices, in the plan's order, with its variables' ranges.
   */
  private List<Branch> branches(ExposureSpec exposure, Screen screen) {
    List<Map<String, Integer>> combinations = new ArrayList<>();
    combinations.add(new LinkedHashMap<>());
    for (ServiceSpec service : base.services()) {
      List<Map<String, Integer>> next = new ArrayList<>();
      for (Map<String, Integer> partial : combinations) {
        for (int workers : spec.service(service.name()).concurrency()) {
          Map<String, Integer> more = new LinkedHashMap<>(partial);
          more.put(service.name(), workers);
          next.add(more);
        }
      }
      combinations = next;
    }
    List<Optional<TrafficPolicy>> policies = Variants.trafficPolicyApplies(exposure)
        && !spec.externalTrafficPolicies().isEmpty()
        ? spec.externalTrafficPolicies().stream().map(Optional::of).toList()
        : List.of(Optional.empty());
    List<Optional<KubeProxyMode>> modes = spec.kubeProxyModes().isEmpty()
        ? List.of(Optional.empty())
        : spec.kubeProxyModes().stream().map(Optional::of).toList();
    NodeBound bound = new NodeBound(base, exposure);
    List<Branch> branches = new ArrayList<>();
    for (String typeName : spec.nodeTypes()) {
      NodeType type = NodeCatalog.builtIn().find(typeName).orElseThrow(
          () -> new IllegalArgumentException("node type " + typeName + " is not in the catalogue"));
      for (Optional<TrafficPolicy> policy : policies) {
        for (Optional<KubeProxyMode> mode : modes) {
          for (Map<String, Integer> concurrency : combinations) {
            branches.add(new Branch(exposure, screen, bound, type,
                new Configuration(exposure.name(), Map.of(), Map.of(), OptionalInt.empty(),
                    typeName, policy, mode), concurrency));
          }
        }
      }
    }
    return branches;
  }

  private Searched search(Screen screen, Branch branch) {
    Predicate<Configuration> fits = c -> nodes(c).isPresent();
    if (!fits.test(branch.lowest)) {
      return new Searched(Optional.empty(), "the fewest pods that keep up ("
          + pods(branch.lowest) + ") do not fit on " + spec.nodeCount().orElseThrow().max()
          + " × " + branch.lowest.nodeType() + " as the scheduler spreads them");
    }
    Configuration guess = screen.guess(branch.lowest, branch.highest, targets, fits);
    Evaluation known = evaluate(guess);
    boolean fromGuess = known.verdict().met();
    if (!fromGuess) {
      known = evaluate(screen.largest(guess, branch.highest, fits));
      if (!known.verdict().met()) {
        return new Searched(Optional.empty(),
            "even " + known.describe() + " misses the SLO: " + misses(known));
      }
    }
    for (String service : known.configuration().replicas().keySet()) {
      known = lower(known, branch.lowest.replicas().get(service) - 1, fromGuess,
          (c, n) -> c.withReplicas(service, n), c -> c.replicas().get(service));
    }
    if (known.configuration().controllerReplicas().isPresent()) {
      known = lower(known, branch.lowest.controllerReplicas().getAsInt() - 1, fromGuess,
          Configuration::withControllerReplicas, c -> c.controllerReplicas().getAsInt());
    }
    return new Searched(Optional.of(known), "");
  }

  /** A branch's cheapest configuration meeting the SLO, or why its largest one misses it. */
  private record Searched(Optional<Evaluation> found, String missed) {}

  /**
   * Bisection on one variable between {@code failing} (below its fewest stable value or known to
   * miss) and the value of {@code meets}; when the start came from the approximation, the value
   * just below it is tried first, since the approximation is usually close.
   */
  private Evaluation lower(Evaluation meets, int failing, boolean fromGuess,
      BiFunction<Configuration, Integer, Configuration> setter,
      ToIntFunction<Configuration> getter) {
    int low = failing;
    int high = getter.applyAsInt(meets.configuration());
    Evaluation best = meets;
    boolean first = fromGuess;
    while (high - low > 1) {
      int probe = first ? high - 1 : (low + high) >>> 1;
      first = false;
      Configuration lowered = setter.apply(best.configuration(), probe);
      if (nodes(lowered).isPresent() && evaluate(lowered).verdict().met()) {
        high = probe;
        best = evaluate(lowered);
      } else {
        low = probe;
      }
    }
    return best;
  }

  /**
   * The nodes {@code configuration} runs on: the fewest of its type that the scheduler places its
   * pods on, raised to the plan's node count minimum; empty above the plan's maximum.
   */
  private OptionalInt nodes(Configuration configuration) {
    return placed.computeIfAbsent(configuration, c -> {
      Scenario variant = Variants.of(base, c, OptionalInt.empty(), rate);
      int fewest = PointModel.nodes(variant, variant.exposures().get(0));
      if (spec.nodeCount().isEmpty()) {
        return OptionalInt.of(fewest);
      }
      IntRange range = spec.nodeCount().get();
      int count = Math.max(range.min(), fewest);
      return count <= range.max() ? OptionalInt.of(count) : OptionalInt.empty();
    });
  }

  /**
   * Simulates {@code configuration}, adding replications while its verdict is uncertain; or,
   * when a configuration differing only in node type had the same placement, prices its
   * replications at this node type: the node type decides nothing else the model simulates.
   */
  private Evaluation evaluate(Configuration configuration) {
    Evaluation cached = evaluated.get(configuration);
    if (cached != null) {
      return cached;
    }
    int nodes = nodes(configuration).orElseThrow(() -> new IllegalStateException(
        configuration.describe() + " does not fit the plan's node count"));
    Scenario variant = Variants.of(base, configuration, OptionalInt.of(nodes), rate);
    Topology placement = PointModel.placement(variant, variant.exposures().get(0));
    Simulation key = new Simulation(configuration.withNodeType(spec.nodeTypes().get(0)),
        placement.nodes(), placement.pods());
    PointModel model = PointModel.of(variant);
    List<List<ReplicationOutcome>> alike = simulations.get(key);
    if (alike != null) {
      ExposureResults results = model.results(0, List.of(), alike, targets).exposures().get(0);
      return record(new Evaluation(configuration, nodes, results, verdict(results), false));
    }
    List<List<ReplicationOutcome>> runs = new ArrayList<>();
    int wanted = spec.replications();
    while (true) {
      int done = runs.size();
      runs.addAll(Replications.run(wanted - done, threads,
          r -> model.replicate(variant.seed(), done + r)));
      ExposureResults results =
          model.results(0, List.of(), runs, targets).exposures().get(0);
      Verdict verdict = verdict(results);
      if (verdict != Verdict.UNDECIDED || wanted == spec.maxReplications()) {
        simulations.put(key, runs);
        return record(new Evaluation(configuration, nodes, results, verdict, true));
      }
      wanted = Math.min(2 * wanted, spec.maxReplications());
    }
  }

  private Evaluation record(Evaluation evaluation) {
    evaluated.put(evaluation.configuration(), evaluation);
    return evaluation;
  }

  /**
   * What decides a simulation: the configuration but its node type, and where its pods run.
   * Two configurations with the same key give the same replications.
   */
  private record Simulation(Configuration configuration, List<Node> nodes, List<Pod> pods) {}

  private static String type(ExposureSpec exposure) {
    return ExposureResults.typeName(exposure.type());
  }

  private static Verdict verdict(ExposureResults results) {
    if (results.sloMet()) {
      return Verdict.MET;
    }
    for (SloCheck check : results.sloChecks()) {
      if (check.measured().map(m -> m.value() - m.ciHalfWidth() > check.target().limit())
          .orElse(true)) {
        return Verdict.MISSED;
      }
    }
    return Verdict.UNDECIDED;
  }

  private static String misses(Evaluation evaluation) {
    List<String> misses = new ArrayList<>();
    for (SloCheck check : evaluation.results().sloChecks()) {
      if (!check.met()) {
        String unit = check.target().metric().isLatency() ? " ms" : "";
        misses.add(check.measured()
            .map(m -> check.target().metric().label() + " " + Plan.number(m.value()) + " ± "
                + Plan.number(m.ciHalfWidth()) + unit)
            .orElse("no " + check.target().metric().label() + " measured")
            + " against " + Plan.number(check.target().limit()) + unit);
      }
    }
    return String.join(", ", misses);
  }

  /** {@code checkout × 6, catalog × 2 and 2 controller replicas}: a configuration's pods. */
  private static String pods(Configuration configuration) {
    List<String> parts = new ArrayList<>();
    configuration.replicas().forEach((service, count) -> parts.add(service + " × " + count));
    configuration.controllerReplicas().ifPresent(count -> parts.add(
        count + " controller replica" + (count == 1 ? "" : "s")));
    return parts.size() == 1 ? parts.get(0) : String.join(", ", parts.subList(0,
        parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }

  /**
   * One combination of categorical choices (node type, policy, mode, concurrency per service)
   * and the ranges of its monotone variables.
   */
  private final class Branch {
    final Configuration lowest;
    final Configuration highest;
    private final long size;
    private final long kept;
    private final String closed;
    private final double nodeCostBound;

    Branch(ExposureSpec exposure, Screen screen, NodeBound bound, NodeType type,
        Configuration choices, Map<String, Integer> concurrency) {
      Map<String, Integer> low = new LinkedHashMap<>();
      Map<String, Integer> high = new LinkedHashMap<>();
      long all = 1;
      String overloaded = "";
      for (ServiceSpec service : base.services()) {
        IntRange range = spec.service(service.name()).replicas();
        int workers = concurrency.get(service.name());
        int fewest = Math.max(range.min(), screen.fewestStableReplicas(service.name(), workers));
        low.put(service.name(), fewest);
        high.put(service.name(), range.max());
        all *= range.size();
        if (fewest > range.max() && overloaded.isEmpty()) {
          overloaded = "service " + service.name() + " cannot keep up at "
              + Plan.number(rate) + "/s: it needs at least " + fewest
              + " replicas with concurrency " + workers + ", and the plan allows at most "
              + range.max();
        }
      }
      OptionalInt lowController = OptionalInt.empty();
      OptionalInt highController = OptionalInt.empty();
      Optional<IntRange> controller = exposure.controller().map(c ->
          spec.controllerReplicas().orElse(IntRange.of(c.replicas())));
      if (controller.isPresent()) {
        IntRange range = controller.get();
        int fewest = Math.max(range.min(), screen.fewestStableControllerReplicas());
        lowController = OptionalInt.of(fewest);
        highController = OptionalInt.of(range.max());
        all *= range.size();
        if (fewest > range.max() && overloaded.isEmpty()) {
          ControllerSpec c = exposure.controller().orElseThrow();
          overloaded = "the ingress controller cannot keep up at "
              + Plan.number(rate) + "/s: it needs at least " + fewest
              + " replicas with concurrency " + c.concurrency() + ", and the plan allows at most "
              + range.max();
        }
      }
      this.lowest = new Configuration(exposure.name(), low, concurrency, lowController,
          choices.nodeType(), choices.externalTrafficPolicy(), choices.kubeProxy());
      this.highest = new Configuration(exposure.name(), high, concurrency, highController,
          choices.nodeType(), choices.externalTrafficPolicy(), choices.kubeProxy());
      this.size = all;
      Optional<String> tooLarge = bound.podTooLarge(type);
      int fewestNodes = overloaded.isEmpty() && tooLarge.isEmpty()
          ? bound.nodes(lowest, type) : Integer.MAX_VALUE;
      Optional<IntRange> count = spec.nodeCount();
      if (!overloaded.isEmpty()) {
        this.kept = 0;
        this.closed = overloaded;
      } else if (tooLarge.isPresent()) {
        this.kept = 0;
        this.closed = tooLarge.get();
      } else if (count.isPresent() && fewestNodes > count.get().max()) {
        this.kept = 0;
        this.closed = "the fewest pods that keep up (" + pods(lowest) + ") need at least "
            + fewestNodes + " × " + type.name() + " by their requests, and plan.nodes.count"
            + " allows at most " + count.get().max();
      } else {
        this.kept = count.isPresent() ? fitting(bound, type, count.get().max()) : stable();
        this.closed = "";
      }
      this.nodeCostBound = kept == 0 ? Double.POSITIVE_INFINITY
          : Math.max(fewestNodes, count.map(IntRange::min).orElse(0))
              * prices.perMonth(type.name()).orElseThrow(() -> new IllegalArgumentException(
                  prices.origin() + " has no price for node type " + type.name()));
    }

    /** Configurations from the fewest stable value of every variable up to its maximum. */
    private long stable() {
      long stable = 1;
      for (String service : lowest.replicas().keySet()) {
        stable *= highest.replicas().get(service) - lowest.replicas().get(service) + 1;
      }
      if (lowest.controllerReplicas().isPresent()) {
        stable *= highest.controllerReplicas().getAsInt()
            - lowest.controllerReplicas().getAsInt() + 1;
      }
      return stable;
    }

    /** Stable configurations whose node bound is at most {@code maxNodes}. */
    private long fitting(NodeBound bound, NodeType type, int maxNodes) {
      List<String> services = List.copyOf(lowest.replicas().keySet());
      int variables = services.size() + (lowest.controllerReplicas().isPresent() ? 1 : 0);
      int[] low = new int[variables];
      int[] high = new int[variables];
      for (int i = 0; i < services.size(); i++) {
        low[i] = lowest.replicas().get(services.get(i));
        high[i] = highest.replicas().get(services.get(i));
      }
      if (variables > services.size()) {
        low[variables - 1] = lowest.controllerReplicas().getAsInt();
        high[variables - 1] = highest.controllerReplicas().getAsInt();
      }
      return DownSet.count(low, high, point -> {
        Configuration at = lowest;
        for (int i = 0; i < services.size(); i++) {
          at = at.withReplicas(services.get(i), point[i]);
        }
        if (variables > services.size()) {
          at = at.withControllerReplicas(point[variables - 1]);
        }
        return bound.nodes(at, type) <= maxNodes;
      });
    }

    boolean open() {
      return kept > 0;
    }

    long size() {
      return size;
    }

    long discarded() {
      return size - kept;
    }

    /** A lower bound on the monthly node cost of every configuration of the branch. */
    double nodeCostBound() {
      return nodeCostBound;
    }

    /** Why no configuration of the branch is worth simulating; empty when some is. */
    String closed() {
      return closed;
    }
  }
}
