package kubeplan.cli;

import kubeplan.experiment.ProgressListener;

/** A run's progress shown to the user, from the first planned replication until closed. */
sealed interface ProgressDisplay extends ProgressListener, AutoCloseable
    permits TerminalProgress, LogProgress, ProgressDisplay.Silent {

  /** Stops showing progress (the bar's renderer thread ends). */
  @Override
  void close();

  /** Shows nothing: {@code --progress off} and {@code --quiet}. */
  final class Silent implements ProgressDisplay {
    @Override
    public void planned(long replications) {}

    @Override
    public void completed(long replications) {}

    @Override
    public void close() {}
  }
}
