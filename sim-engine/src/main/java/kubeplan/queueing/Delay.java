package kubeplan.queueing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import kubeplan.engine.Engine;

/**
 * Pure delays with unlimited capacity, one or several in a row: a request spends each hop's time in
 * turn and then goes on. Consecutive hops cost one scheduled event and a zero total costs none,
 * while each hop's own time still goes to the request's hop accounting.
 */
public final class Delay {
  /*
   * Nothing queues in a pure delay, so requests in it never interact and hops h1..hn in a row are
   * equivalent to one delay of their sum: the request leaves at the same time either way, and each
   * hop's own time goes to its accounting. With times the request carries (drawn when it was
   * created) merging changes no number at all. A hop that draws from its own stream draws here in
   * the order requests enter the chain, where a separate delay would draw in the order they reach
   * that hop: the same distribution, but not the same request-to-number pairing.
   */
  private final Engine engine;
  private final int[] hops;
  private final Sampler[] times;
  private final Consumer<Request> next;

  private Delay(Engine engine, List<Integer> hops, List<Sampler> times, Consumer<Request> next) {
    this.engine = engine;
    this.hops = hops.stream().mapToInt(Integer::intValue).toArray();
    this.times = times.toArray(new Sampler[0]);
    this.next = next;
  }

  /** Starts a chain of delay hops. */
  public static Builder builder(Engine engine) {
    return new Builder(engine);
  }

  /** A request enters the first hop; it reaches the destination after the sum of the hops. */
  public void arrive(Request request) {
    double total = 0;
    for (int i = 0; i < hops.length; i++) {
      double time = times[i].next(request);
      request.addHopTime(hops[i], time);
      total += time;
    }
    if (total == 0) {
      next.accept(request);
    } else {
      request.continueAfter(engine, total, next);
    }
  }

  /** Lists the hops of a delay in the order requests pass them. */
  public static final class Builder {
    private final Engine engine;
    private final List<Integer> hops = new ArrayList<>();
    private final List<Sampler> times = new ArrayList<>();

    private Builder(Engine engine) {
      this.engine = engine;
    }

    /** Adds a hop of kind {@code hop} that takes {@code time} seconds for each request. */
    public Builder hop(int hop, Sampler time) {
      if (hop < 0 || hop >= RequestLayout.MAX_HOPS) {
        throw new IllegalArgumentException("no such hop kind: " + hop);
      }
      hops.add(hop);
      times.add(time);
      return this;
    }

    /** The delay, sending each request to {@code next} when its last hop ends. */
    public Delay to(Consumer<Request> next) {
      if (hops.isEmpty()) {
        throw new IllegalStateException("a delay needs at least one hop");
      }
      return new Delay(engine, hops, times, next);
    }
  }
}
