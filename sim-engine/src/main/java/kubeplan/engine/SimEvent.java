package kubeplan.engine;

import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;

/**
 * One scheduled action of one replication: its time, priority and a sequence number from its own
 * engine, so that events order exactly as DSOL orders them without any state shared between
 * replications.
 */
final class SimEvent implements SimEventInterface<Double> {
  private static final long serialVersionUID = 1L;

  /*
   * DSOL's own events take their ids from one static AtomicLong shared by every simulator in the
   * JVM, and their ordering goes through interface casts that contend across cores on JDK 17
   * (JDK-8180450). This class is final, orders on primitive fields and numbers itself from a
   * counter owned by its engine, so parallel replications share no cache line. Engine ids start at
   * Long.MIN_VALUE and grow, so they never tie with DSOL's positive ids and keep creation order.
   */
  double time;
  short priority;
  long id;
  Runnable action;
  /** Position in the event heap, or -1 when not scheduled. */
  int index = -1;
  /** Whether the engine may reuse this event once it has run (not handed out to a caller). */
  boolean pooled;

  void set(double time, short priority, long id, Runnable action, boolean pooled) {
    this.time = time;
    this.priority = priority;
    this.id = id;
    this.action = action;
    this.pooled = pooled;
  }

  /** True when this event must run before {@code other}: earlier, then higher priority, then older. */
  boolean precedes(SimEvent other) {
    if (time != other.time) {
      return time < other.time;
    }
    if (priority != other.priority) {
      return priority > other.priority;
    }
    return id < other.id;
  }

  @Override
  public void execute() {
    action.run();
  }

  @Override
  public Double getAbsoluteExecutionTime() {
    return time;
  }

  @Override
  public short getPriority() {
    return priority;
  }

  @Override
  public long getId() {
    return id;
  }
}
