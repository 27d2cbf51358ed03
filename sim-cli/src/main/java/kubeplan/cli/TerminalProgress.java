package kubeplan.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** A progress bar over replications with the elapsed time and an ETA, redrawn on stderr. */
final class TerminalProgress implements ProgressDisplay {
  private final ProgressBar bar;
  private long planned;

  TerminalProgress(String task) {
    this.bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(-1)
            .setUpdateIntervalMillis(250)
            .build();
  }

  @Override
  public synchronized void planned(long replications) {
    planned += replications;
    bar.maxHint(planned);
  }

  @Override
  public void completed(long replications) {
    bar.stepBy(replications);
  }

  @Override
  public void close() {
    bar.close();
  }
}
