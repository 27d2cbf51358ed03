package kubeplan.plan;

import java.util.Objects;
import kubeplan.results.ExposureResults;

/**
 * One configuration simulated: its results over the replications it needed, and the verdict.
 *
 * @param configuration what was simulated
 * @param nodes the nodes of {@code configuration.nodeType()} it ran on
 * @param results its results, with cost and SLO checks
 * @param verdict met, missed, or undecided at the most replications
 * @param simulated false when its results come from the replications of a configuration that
 *     differs only in node type and has the same placement, which simulates alike (the node type
 *     decides only where pods go and what a node costs), priced at its own node type
 */
public record Evaluation(
    Configuration configuration,
    int nodes,
    ExposureResults results,
    Verdict verdict,
    boolean simulated) {
  public Evaluation {
    Objects.requireNonNull(configuration, "configuration");
    Objects.requireNonNull(results, "results");
    Objects.requireNonNull(verdict, "verdict");
  }

  /** {@code cost_per_month_usd} of the configuration, from its simulated usage. */
  public double costPerMonthUsd() {
    return results.costPerMonthUsd();
  }

  /** {@code checkout × 4 (concurrency 8) on 3 × m6i.large}: the configuration and its nodes. */
  public String describe() {
    return configuration.describe() + " on " + nodes + " × " + configuration.nodeType();
  }

  /** Replications simulated for the verdict. */
  public int replications() {
    return results.summary().replications();
  }
}
