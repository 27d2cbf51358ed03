package kubeplan.engine;

import java.util.concurrent.CancellationException;

/**
 * The clock and future event list of one replication, as its model sees them: what time it is,
 * and "run this action after that delay". One engine belongs to one thread and one replication.
 *
 * <p>Events with equal times run in order of priority (higher first) and then in the order they
 * were scheduled, so a replication is a deterministic function of its model and random numbers.
 */
public final class Engine {
  /** The priority of ordinary events, as DSOL's {@code NORMAL_PRIORITY}. */
  public static final short NORMAL_PRIORITY = 5;

  private static final long INTERRUPT_CHECK_MASK = (1 << 16) - 1;

  /*
   * Hot path: schedule() takes a pooled SimEvent (events return to the pool after they run), so a
   * steady-state replication allocates no event objects. Handles given to callers by
   * scheduleCancellable() are never pooled, so a stale handle can never cancel a reused event.
   */
  private final EventHeap heap;
  private SimEvent[] pool = new SimEvent[64];
  private int pooled;
  private long nextId = Long.MIN_VALUE;
  private double now;
  private boolean stopped;
  private long executed;

  Engine(EventHeap heap) {
    this.heap = heap;
  }

  /** The current simulation time in seconds. */
  public double now() {
    return now;
  }

  /** Runs {@code action} after {@code delay} seconds (zero runs it after the events now due). */
  public void schedule(double delay, Runnable action) {
    scheduleAt(now + checkDelay(delay), NORMAL_PRIORITY, action);
  }

  /** Runs {@code action} at absolute time {@code time}, which must not lie in the past. */
  public void scheduleAt(double time, Runnable action) {
    scheduleAt(time, NORMAL_PRIORITY, action);
  }

  /**
   * Runs {@code action} at {@code time}; among events at the same time, higher priorities run
   * first.
   */
  public void scheduleAt(double time, short priority, Runnable action) {
    if (!(time >= now)) {
      throw new IllegalArgumentException(
          "cannot schedule an event at " + time + " s: the clock is at " + now + " s");
    }
    SimEvent event = pooled > 0 ? pool[--pooled] : new SimEvent();
    event.set(time, priority, nextId++, action, true);
    heap.push(event);
  }

  /** As {@link #schedule}, returning a handle for {@link #cancel}. */
  public ScheduledEvent scheduleCancellable(double delay, Runnable action) {
    SimEvent event = new SimEvent();
    event.set(now + checkDelay(delay), NORMAL_PRIORITY, nextId++, action, false);
    heap.push(event);
    return new ScheduledEvent(event);
  }

  /** Removes a scheduled event; returns false when it already ran or was cancelled. */
  public boolean cancel(ScheduledEvent handle) {
    return heap.cancel(handle.event());
  }

  /** Ends the replication once the current event has finished; pending events never run. */
  public void stop() {
    stopped = true;
  }

  /** The number of events executed so far. */
  public long executedEvents() {
    return executed;
  }

  /**
   * Executes events in order until the list is empty, {@link #stop()} or {@code horizon}.
   *
   * @throws CancellationException when the thread is interrupted (checked every 65,536 events,
   *     i.e. within milliseconds, so a cancelled batch of replications stops promptly)
   */
  void run(double horizon) {
    SimEvent event;
    while (!stopped && (event = heap.peek()) != null && event.time <= horizon) {
      heap.poll();
      now = event.time;
      Runnable action = event.action;
      if (event.pooled) {
        event.action = null;
        release(event);
      }
      if ((++executed & INTERRUPT_CHECK_MASK) == 0 && Thread.currentThread().isInterrupted()) {
        throw new CancellationException("interrupted at t=" + now + " s");
      }
      action.run();
    }
  }

  private void release(SimEvent event) {
    if (pooled == pool.length) {
      SimEvent[] grown = new SimEvent[pool.length * 2];
      System.arraycopy(pool, 0, grown, 0, pooled);
      pool = grown;
    }
    pool[pooled++] = event;
  }

  private double checkDelay(double delay) {
    if (!(delay >= 0) || delay == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(
          "delay must be a finite number of seconds >= 0: " + delay);
    }
    return delay;
  }
}
