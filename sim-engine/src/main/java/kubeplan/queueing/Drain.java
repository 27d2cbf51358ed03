package kubeplan.queueing;

import kubeplan.engine.Engine;

/**
 * Ends a replication as soon as every source has announced its last request and every request still
 * in flight has completed or failed, so measured requests always finish and the run simulates
 * nothing after them.
 */
public final class Drain {
  private final Engine engine;
  private int sourcesRunning;
  private long inFlight;

  /** A drain for {@code sources} sources, each of which must call {@link #sourceExhausted()}. */
  public Drain(Engine engine, int sources) {
    if (sources < 1) {
      throw new IllegalArgumentException("a drain needs at least one source: " + sources);
    }
    this.engine = engine;
    this.sourcesRunning = sources;
  }

  /** A source will create no more requests; pass {@code drain::sourceExhausted} to the source. */
  public void sourceExhausted() {
    if (sourcesRunning == 0) {
      throw new IllegalStateException("more sources announced their end than the drain expects");
    }
    if (--sourcesRunning == 0 && inFlight == 0) {
      engine.stop();
    }
  }

  /** A request has entered the model. */
  public void entered() {
    inFlight++;
  }

  /** A request has completed or failed. */
  public void left() {
    if (inFlight == 0) {
      throw new IllegalStateException("more requests left the model than entered it");
    }
    if (--inFlight == 0 && sourcesRunning == 0) {
      engine.stop();
    }
  }

  /** Requests in the model now. */
  public long inFlight() {
    return inFlight;
  }
}
