package kubeplan.cli;

/** The exit statuses of the kubeplan command, as outputs.md documents them. */
final class ExitStatus {
  /** The command did its job (a run finished, whatever the SLO verdict without --fail-on-slo). */
  static final int OK = 0;
  /** Something other than the input failed. */
  static final int FAILED = 1;
  /** The input was refused: a bad argument, scenario or manifest, or an occupied output folder. */
  static final int REFUSED = 2;
  /** {@code run --fail-on-slo}: at some sweep point no exposure meets the SLO. */
  static final int SLO_MISSED = 4;
  /** Stopped by Ctrl-C or SIGTERM (128 + SIGINT, the shells' convention). */
  static final int INTERRUPTED = 130;

  private ExitStatus() {}
}
