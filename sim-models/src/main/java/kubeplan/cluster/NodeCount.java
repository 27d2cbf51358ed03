package kubeplan.cluster;

/**
 * The answer to {@code nodes.count: auto}, with the bounds that say how close to a perfect packing
 * it is.
 *
 * @param nodes the fewest nodes with which {@link Scheduler#place} places every pod
 * @param lowerBound no packing can use fewer: max(zones, ⌈total CPU / node capacity⌉, ⌈total memory
 *     / node capacity⌉); when {@code nodes == lowerBound} the answer is optimal
 * @param firstFitDecreasing nodes first-fit-decreasing bin packing needs, ignoring zones and
 *     spreading: an upper bound on the optimal packing of the pods alone
 */
public record NodeCount(int nodes, int lowerBound, int firstFitDecreasing) {
  /** Whether no placement at all, spreading or not, could use fewer nodes. */
  public boolean provablyOptimal() {
    return nodes == lowerBound;
  }
}
