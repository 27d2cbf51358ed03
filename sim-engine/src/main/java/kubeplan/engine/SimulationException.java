package kubeplan.engine;

/** A failure inside a replication, with the simulation time at which it happened. */
public final class SimulationException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String replication;
  private final double time;

  SimulationException(String replication, double time, Throwable cause) {
    super("replication " + replication + " failed at t=" + time + " s: " + cause, cause);
    this.replication = replication;
    this.time = time;
  }

  /** The id of the replication that failed. */
  public String replication() {
    return replication;
  }

  /** The simulation time in seconds at which it failed. */
  public double time() {
    return time;
  }
}
