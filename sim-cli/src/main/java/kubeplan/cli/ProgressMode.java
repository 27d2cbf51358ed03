package kubeplan.cli;

/** {@code --progress}: how a run shows how far it has got. */
enum ProgressMode {
  /** A progress bar on a terminal, occasional plain lines otherwise (a CI log, a file). */
  AUTO,
  /** Always the progress bar. */
  ON,
  /** Nothing. */
  OFF;

  /**
   * Opens the display for one scenario's run.
   *
   * @param task what is running, shown with the progress
   * @param terminal whether stderr is a terminal
   */
  ProgressDisplay open(String task, boolean terminal) {
    if (this == OFF) {
      return new ProgressDisplay.Silent();
    }
    if (this == ON || terminal) {
      return new TerminalProgress(task);
    }
    return new LogProgress(task, System.err, System::nanoTime);
  }
}
