package kubeplan.engine;

/** A handle on an event scheduled with {@link Engine#scheduleCancellable}, for cancelling it. */
public final class ScheduledEvent {
  private final SimEvent event;

  ScheduledEvent(SimEvent event) {
    this.event = event;
  }

  SimEvent event() {
    return event;
  }

  /** The simulation time in seconds at which the event runs (or would have run). */
  public double time() {
    return event.time;
  }

  /** Whether the event is still waiting to run. */
  public boolean isPending() {
    return event.index >= 0;
  }
}
