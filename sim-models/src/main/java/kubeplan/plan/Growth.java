package kubeplan.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One plan per rate of the plan, in increasing order of rate: what to run at each load, when to
 * add replicas and when to switch exposure. A plan of one rate is a growth of one step.
 */
public record Growth(List<Plan> steps) {
  public Growth {
    steps = List.copyOf(steps);
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("a growth plan has at least one step");
    }
  }

  /** Whether every rate has a configuration that meets the SLO. */
  public boolean feasible() {
    return steps.stream().allMatch(step -> step.cheapest().isPresent());
  }

  /**
   * Why the first step without a plan has none, as the end of a sentence: {@code ": reason"} for
   * one step, {@code " at 800/s: reason"} for several; empty when every step has a plan.
   */
  public String bindingConstraint() {
    Optional<Plan> first = steps.stream().filter(step -> step.cheapest().isEmpty()).findFirst();
    return first.map(step -> (steps.size() > 1
        ? " at " + Plan.number(step.ratePerSecond()) + "/s" : "") + ": "
        + step.bindingConstraint()).orElse("");
  }

  /**
   * What changes from each step to the next, one line per step after the first: {@code "from
   * 200/s to 400/s: api × 4 → 7"}, {@code "… switch nodes from 3 × m6i.large to 2 ×
   * m6i.xlarge"}, {@code "… externalTrafficPolicy Cluster → Local"}, {@code "… switch from lb
   * to ingress with …"}, or no change.
   */
  public List<String> changes() {
    List<String> changes = new ArrayList<>();
    for (int i = 1; i < steps.size(); i++) {
      Plan before = steps.get(i - 1);
      Plan after = steps.get(i);
      String heading = "from " + Plan.number(before.ratePerSecond()) + "/s to "
          + Plan.number(after.ratePerSecond()) + "/s: ";
      Optional<Evaluation> was = before.cheapest().flatMap(ExposureOutcome::chosen);
      Optional<Evaluation> is = after.cheapest().flatMap(ExposureOutcome::chosen);
      if (is.isEmpty()) {
        changes.add(heading + "no configuration meets the SLO: " + after.bindingConstraint());
      } else if (was.isEmpty()
          || !was.get().configuration().exposure().equals(is.get().configuration().exposure())) {
        changes.add(heading + "switch " + was.map(e -> "from " + e.configuration().exposure()
            + " ").orElse("") + "to " + is.get().configuration().exposure() + " with "
            + is.get().describe());
      } else {
        changes.add(heading + difference(was.get(), is.get()));
      }
    }
    return changes;
  }

  private static String difference(Evaluation was, Evaluation is) {
    List<String> parts = new ArrayList<>();
    Configuration from = was.configuration();
    Configuration to = is.configuration();
    changed(from.replicas(), to.replicas(), " × ", parts);
    changed(from.concurrency(), to.concurrency(), " concurrency ", parts);
    if (!from.controllerReplicas().equals(to.controllerReplicas())) {
      parts.add("controller replicas " + from.controllerReplicas().getAsInt() + " → "
          + to.controllerReplicas().getAsInt());
    }
    if (!from.nodeType().equals(to.nodeType())) {
      parts.add("switch nodes from " + was.nodes() + " × " + from.nodeType() + " to "
          + is.nodes() + " × " + to.nodeType());
    } else if (was.nodes() != is.nodes()) {
      parts.add("nodes " + was.nodes() + " → " + is.nodes());
    }
    // Within one exposure the plan sets a policy and a mode for every configuration or none.
    if (!from.externalTrafficPolicy().equals(to.externalTrafficPolicy())) {
      parts.add("externalTrafficPolicy "
          + Configuration.policyName(from.externalTrafficPolicy().orElseThrow()) + " → "
          + Configuration.policyName(to.externalTrafficPolicy().orElseThrow()));
    }
    if (!from.kubeProxy().equals(to.kubeProxy())) {
      parts.add("kube-proxy " + Configuration.modeName(from.kubeProxy().orElseThrow()) + " → "
          + Configuration.modeName(to.kubeProxy().orElseThrow()));
    }
    return parts.isEmpty() ? "no change" : String.join(", ", parts);
  }

  private static void changed(Map<String, Integer> from, Map<String, Integer> to, String what,
      List<String> parts) {
    parts.addAll(from.keySet().stream().filter(k -> !from.get(k).equals(to.get(k)))
        .map(k -> k + what + from.get(k) + " → " + to.get(k))
        .collect(Collectors.toList()));
  }

  /** The rows of plan.csv over every step. */
  public List<PlanRow> rows() {
    return steps.stream().flatMap(step -> step.rows().stream()).toList();
  }

  /** The rows of frontier.csv over every step. */
  public List<FrontierRow> frontierRows() {
    return steps.stream().flatMap(step -> step.frontierRows().stream()).toList();
  }

  /** Configurations screened over every step. */
  public long screened() {
    return steps.stream().mapToLong(Plan::screened).sum();
  }

  /** Configurations discarded by the bounds over every step. */
  public long discarded() {
    return steps.stream().mapToLong(Plan::discarded).sum();
  }

  /** Configurations simulated over every step. */
  public int simulated() {
    return steps.stream().mapToInt(Plan::simulated).sum();
  }
}
