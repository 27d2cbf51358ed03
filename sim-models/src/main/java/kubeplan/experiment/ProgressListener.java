package kubeplan.experiment;

/**
 * Told how far a run has got, counted in replications (one replication of one exposure at one
 * sweep point). Both methods report increments and may be called from any worker thread, so
 * implementations must be thread-safe and quick.
 */
public interface ProgressListener {
  /**
   * More replications are planned: the run's total grows by {@code replications}. Called before
   * they start; sequential stopping ({@code run.precision}) may call it again as it adds batches.
   */
  void planned(long replications);

  /** {@code replications} more replications have finished. */
  void completed(long replications);
}
