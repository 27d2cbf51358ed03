package kubeplan.engine;

import java.rmi.RemoteException;
import java.util.function.Consumer;
import javax.naming.NamingException;
import nl.tudelft.simulation.dsol.experiment.SingleReplication;
import nl.tudelft.simulation.dsol.model.AbstractDsolModel;
import nl.tudelft.simulation.dsol.simulators.DevsSimulator;
import nl.tudelft.simulation.naming.context.event.InitialEventContext;

/**
 * Runs one replication synchronously in the calling thread. Replications share no state, so any
 * number of them may run in parallel on different threads.
 */
public final class Runner {
  private Runner() {}

  /**
   * Builds a model on a fresh engine and runs it until the model stops it, no event is left, or
   * the clock passes {@code horizon} seconds.
   *
   * @param id a name for the replication, unique among those running at the same time
   * @param horizon the latest simulation time in seconds at which events still run
   * @param model schedules the model's first events on the engine it is given
   * @return the number of events executed
   * @throws SimulationException when an event fails, with the time at which it did
   */
  public static long run(String id, double horizon, Consumer<Engine> model) {
    if (!(horizon > 0) || Double.isInfinite(horizon)) {
      throw new IllegalArgumentException("horizon must be a finite time > 0 s: " + horizon);
    }
    NamingRoot.ensure();
    BatchSimulator simulator = new BatchSimulator(id);
    Engine engine = simulator.engine();
    SingleReplication<Double> replication =
        new SingleReplication<>(NamingRoot.contextName(id), 0.0, 0.0, horizon);
    try {
      simulator.initialize(new ModelAdapter(simulator, model), replication);
      simulator.runToEnd();
      return engine.executedEvents();
    } catch (SimulationException e) {
      throw e;
    } catch (RuntimeException | Error e) {
      throw new SimulationException(id, engine.now(), unwrap(e));
    } finally {
      simulator.cleanUp();
      replication.removeFromContext();
    }
  }

  private static Throwable unwrap(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getClass().getName().startsWith("nl.tudelft.")) {
      t = t.getCause();
    }
    return t;
  }

  /** Hands DSOL's model construction to the caller's model builder. */
  private static final class ModelAdapter
      extends AbstractDsolModel<Double, DevsSimulator<Double>> {
    private static final long serialVersionUID = 1L;
    private final transient Consumer<Engine> model;
    private final transient Engine engine;

    ModelAdapter(BatchSimulator simulator, Consumer<Engine> model) {
      super(simulator);
      this.model = model;
      this.engine = simulator.engine();
    }

    @Override
    public void constructModel() {
      model.accept(engine);
    }
  }

  /**
   * DSOL binds replications into one JVM-wide naming root that must exist before the first, each
   * under a name of its own: two replications running at once under one name collide, and a
   * {@code /} in a name nests contexts that concurrent replications race to create.
   */
  private static final class NamingRoot {
    private static final java.util.concurrent.atomic.AtomicLong NAMES =
        new java.util.concurrent.atomic.AtomicLong();
    private static volatile boolean created;

    /** A context name unique in this JVM, made from {@code id} without path separators. */
    static String contextName(String id) {
      return id.replace('/', '|') + "#" + NAMES.incrementAndGet();
    }

    static void ensure() {
      if (!created) {
        synchronized (NamingRoot.class) {
          if (!created) {
            try {
              InitialEventContext.instantiate("root");
            } catch (NamingException | RemoteException e) {
              throw new IllegalStateException("cannot create DSOL's naming root", e);
            }
            created = true;
          }
        }
      }
    }
  }
}
