package kubeplan.engine;

import nl.tudelft.simulation.dsol.SimRuntimeException;
import nl.tudelft.simulation.dsol.simulators.DevsSimulator;
import nl.tudelft.simulation.dsol.simulators.ReplicationState;
import nl.tudelft.simulation.dsol.simulators.RunState;

/**
 * A DSOL simulator that runs its replication in the calling thread with a lean event loop:
 * no hand-over to DSOL's worker thread, no per-replication stall, and exceptions surface to the
 * caller.
 */
final class BatchSimulator extends DevsSimulator<Double> {
  private static final long serialVersionUID = 1L;

  /*
   * DSOL's own loop (run()) takes a monitor per event, fires TIME_CHANGED events and boxes the
   * clock. The Engine keeps a primitive clock and drives the heap directly; DSOL's simulator still
   * owns the replication, the model construction and its own warm-up and end events, which arrive
   * in the same heap and run in DSOL's order. The end event lands in endReplication(), which here
   * only stops the loop instead of interrupting and joining a worker thread.
   */
  private final EventHeap heap = new EventHeap();
  private final Engine engine = new Engine(heap);

  BatchSimulator(String id) {
    super(id);
    setEventList(heap);
  }

  Engine engine() {
    return engine;
  }

  /** Runs the initialised replication to its end in this thread. */
  void runToEnd() {
    runUntilTime = getReplication().getEndTime();
    runUntilIncluding = true;
    replicationState = ReplicationState.STARTED;
    runState = RunState.STARTED;
    engine.run(runUntilTime);
    simulatorTime = engine.now();
    runState = RunState.ENDED;
    replicationState = ReplicationState.ENDED;
  }

  @Override
  public void endReplication() throws SimRuntimeException {
    engine.stop();
  }
}
