package kubeplan.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import java.util.function.ToIntFunction;
import kubeplan.results.Slo;
import kubeplan.exposure.PointModel;
import kubeplan.exposure.ReplicationOutcome;
import kubeplan.replication.Replications;
import kubeplan.results.ExposureResults;
import kubeplan.results.SloCheck;
import kubeplan.results.SloTarget;
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
   * The space of one exposure is the product of each service's concurrency choices (branches) and
   * of the monotone variables: replicas per service and ingress controller replicas. More of a
   * monotone variable never makes latency worse and never makes the plan cheaper, so
   *  1. the screen's stability bound gives each variable its fewest useful value; every smaller
   *     one is discarded without simulation, and so is a branch whose fewest exceeds its range;
   *  2. branches are taken in order of the nodes their fewest configuration needs (the cost that
   *     varies within an exposure), and a branch is skipped once it needs more nodes than the
   *     best plan found (branch and bound);
   *  3. in a branch, the M/G/c approximation's guess is simulated first (else the top of every
   *     range, and if that misses, nothing in the branch meets the SLO); then each variable is
   *     lowered by bisection between its fewest stable value and the lowest value known to meet
   *     the SLO, the others held. Each value found is the fewest given the others, so one pass
   *     leaves a configuration none of whose variables can be lowered alone.
   * Every simulation uses the scenario's seed and replication indices: candidates are compared
   * with common random numbers. A candidate starts with the plan's replications and doubles them,
   * up to the maximum, while a target's interval straddles its limit.
   */

  private final Scenario base;
  private final PlanSpec spec;
  private final double rate;
  private final int threads;
  private final List<SloTarget> targets;
  private final Map<Configuration, Evaluation> evaluated = new LinkedHashMap<>();

  private Planner(Scenario base, PlanSpec spec, double rate, int threads) {
    this.base = base;
    this.spec = spec;
    this.rate = rate;
    this.threads = threads;
    this.targets = Slo.of(base.slo()).targets();
  }

  /**
   * Plans {@code base} over the space of {@code spec}, once per rate of the plan.
   *
   * @param threads threads replications run on
   * @throws IllegalArgumentException when a configuration cannot be built (e.g. a pod fits on no
   *     node), naming it
   */
  public static Growth plan(Scenario base, PlanSpec spec, int threads) {
    List<Plan> steps = new ArrayList<>();
    for (double rate : spec.ratesPerSecond()) {
      Planner planner = new Planner(base, spec, rate, threads);
      List<ExposureOutcome> outcomes = new ArrayList<>();
      for (String exposure : spec.exposures()) {
        outcomes.add(planner.exposure(Variants.exposureNamed(base, exposure)));
      }
      steps.add(new Plan(base.name(), steps.size(), base.cluster().nodes().type(), rate,
          outcomes, List.copyOf(planner.evaluated.values())));
    }
    return new Growth(steps);
  }

  private ExposureOutcome exposure(ExposureSpec exposure) {
    Screen screen = new Screen(base, exposure, rate);
    List<Branch> branches = branches(exposure, screen);
    long screened = branches.stream().mapToLong(Branch::size).sum();
    long discarded = branches.stream().mapToLong(Branch::discarded).sum();
    int simulatedBefore = evaluated.size();
    Optional<String> bound = screen.serviceTimeBound(targets);
    if (bound.isPresent()) {
      return new ExposureOutcome(exposure.name(), type(exposure), Optional.empty(), bound,
          screened, screened, 0);
    }
    List<Branch> stable = branches.stream().filter(Branch::stable)
        .sorted(Comparator.comparingInt(Branch::fewestNodes)).toList();
    if (stable.isEmpty()) {
      return new ExposureOutcome(exposure.name(), type(exposure), Optional.empty(),
          Optional.of(branches.get(0).overload()), screened, screened, 0);
    }
    Optional<Evaluation> best = Optional.empty();
    String missed = "";
    for (Branch branch : stable) {
      if (best.isPresent() && branch.fewestNodes() > best.get().nodes()) {
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
    int simulated = evaluated.size() - simulatedBefore;
    return new ExposureOutcome(exposure.name(), type(exposure), best,
        best.isPresent() ? Optional.empty() : Optional.of(missed), screened, discarded,
        simulated);
  }

  /** One branch per combination of concurrency choices, with its variables' ranges. */
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
    Optional<IntRange> controller = exposure.controller().map(c ->
        spec.controllerReplicas().orElse(IntRange.of(c.replicas())));
    List<Branch> branches = new ArrayList<>();
    for (Map<String, Integer> concurrency : combinations) {
      branches.add(new Branch(exposure, screen, concurrency, controller));
    }
    return branches;
  }

  private Searched search(Screen screen, Branch branch) {
    Configuration guess = screen.guess(branch.lowest, branch.highest, targets);
    Evaluation known = evaluate(guess);
    boolean fromGuess = known.verdict().met();
    if (!fromGuess) {
      known = evaluate(branch.highest);
      if (!known.verdict().met()) {
        return new Searched(Optional.empty(),
            "even " + describe(known) + " misses the SLO: " + misses(known));
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
      Evaluation tried = evaluate(setter.apply(best.configuration(), probe));
      if (tried.verdict().met()) {
        high = probe;
        best = tried;
      } else {
        low = probe;
      }
    }
    return best;
  }

  /** Simulates {@code configuration}, adding replications while its verdict is uncertain. */
  private Evaluation evaluate(Configuration configuration) {
    Evaluation cached = evaluated.get(configuration);
    if (cached != null) {
      return cached;
    }
    Scenario variant = Variants.of(base, configuration, rate);
    PointModel model = PointModel.of(variant);
    int nodes = nodes(configuration);
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
        Evaluation evaluation = new Evaluation(configuration, nodes, results, verdict);
        evaluated.put(configuration, evaluation);
        return evaluation;
      }
      wanted = Math.min(2 * wanted, spec.maxReplications());
    }
  }

  private static String type(ExposureSpec exposure) {
    return ExposureResults.typeName(exposure.type());
  }

  private int nodes(Configuration configuration) {
    Scenario variant = Variants.of(base, configuration, rate);
    return PointModel.nodes(variant, variant.exposures().get(0));
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

  private String describe(Evaluation evaluation) {
    return evaluation.configuration().describe() + " on " + evaluation.nodes() + " × "
        + base.cluster().nodes().type();
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

  /** One combination of concurrency choices and the ranges of its monotone variables. */
  private final class Branch {
    final Configuration lowest;
    final Configuration highest;
    final int fewestNodes;
    private final long size;
    private final long kept;
    private final String overload;

    Branch(ExposureSpec exposure, Screen screen, Map<String, Integer> concurrency,
        Optional<IntRange> controller) {
      Map<String, Integer> low = new LinkedHashMap<>();
      Map<String, Integer> high = new LinkedHashMap<>();
      long all = 1;
      long stable = 1;
      String overloaded = "";
      for (ServiceSpec service : base.services()) {
        IntRange range = spec.service(service.name()).replicas();
        int workers = concurrency.get(service.name());
        int fewest = Math.max(range.min(), screen.fewestStableReplicas(service.name(), workers));
        low.put(service.name(), fewest);
        high.put(service.name(), range.max());
        all *= range.size();
        stable *= Math.max(0, range.max() - fewest + 1);
        if (fewest > range.max() && overloaded.isEmpty()) {
          overloaded = "service " + service.name() + " cannot keep up at "
              + Plan.number(rate) + "/s: it needs at least " + fewest
              + " replicas with concurrency " + workers + ", and the plan allows at most "
              + range.max();
        }
      }
      OptionalInt lowController = OptionalInt.empty();
      OptionalInt highController = OptionalInt.empty();
      if (controller.isPresent()) {
        IntRange range = controller.get();
        int fewest = Math.max(range.min(), screen.fewestStableControllerReplicas());
        lowController = OptionalInt.of(fewest);
        highController = OptionalInt.of(range.max());
        all *= range.size();
        stable *= Math.max(0, range.max() - fewest + 1);
        if (fewest > range.max() && overloaded.isEmpty()) {
          ControllerSpec c = exposure.controller().orElseThrow();
          overloaded = "the ingress controller cannot keep up at "
              + Plan.number(rate) + "/s: it needs at least " + fewest
              + " replicas with concurrency " + c.concurrency() + ", and the plan allows at most "
              + range.max();
        }
      }
      this.lowest = new Configuration(exposure.name(), low, concurrency, lowController);
      this.highest = new Configuration(exposure.name(), high, concurrency, highController);
      this.size = all;
      this.kept = stable;
      this.overload = overloaded;
      this.fewestNodes = stable > 0 ? nodes(lowest) : Integer.MAX_VALUE;
    }

    boolean stable() {
      return kept > 0;
    }

    long size() {
      return size;
    }

    long discarded() {
      return size - kept;
    }

    int fewestNodes() {
      return fewestNodes;
    }

    String overload() {
      return overload;
    }
  }
}
