package kubeplan.bench;

import java.util.PriorityQueue;
import kubeplan.engine.Engine;
import kubeplan.engine.Runner;
import nl.tudelft.simulation.jstats.streams.MersenneTwister;

/**
 * The benchmark's M/M/1 queue twice, with the same random numbers: once on a bare {@link
 * PriorityQueue} event loop, the fastest a Java event list gets, and once on the {@link Engine}.
 * Both return the mean sojourn time, so the work is used and the two can be checked against each
 * other: they must agree to the last bit.
 */
final class Mm1Loops {
  /*
   * Arrivals and services draw from two MersenneTwisters (DSOL's, the engine's generator), so the
   * sequence each stream gives is fixed whatever the event loop. The service time is drawn when
   * service starts. DSOL's MersenneTwister seeds itself from only the low 31 bits of a seed and
   * from the clock when those are zero, so the seeds used here are small and nonzero.
   */

  private Mm1Loops() {}

  /** One run: its mean sojourn time in seconds and the number of events executed. */
  record Run(double meanSojourn, long events) {}

  /** The M/M/1 with {@code customers} customers on a bare priority-queue loop. */
  static Run bareLoop(long customers, double lambda, double mu, int seed) {
    MersenneTwister arrivals = new MersenneTwister(2L * seed + 1);
    MersenneTwister services = new MersenneTwister(2L * seed + 2);
    PriorityQueue<BareEvent> events = new PriorityQueue<>();
    ArrivalTimes inSystem = new ArrivalTimes();
    long sequence = 0;
    long arrived = 0;
    long executed = 0;
    double sojourns = 0;
    events.add(new BareEvent(exponential(arrivals, lambda), sequence++, true));
    BareEvent event;
    while ((event = events.poll()) != null) {
      double now = event.time;
      executed++;
      if (event.arrival) {
        inSystem.add(now);
        if (++arrived < customers) {
          events.add(new BareEvent(now + exponential(arrivals, lambda), sequence++, true));
        }
        if (inSystem.size() == 1) {
          events.add(new BareEvent(now + exponential(services, mu), sequence++, false));
        }
      } else {
        sojourns += now - inSystem.remove();
        if (inSystem.size() > 0) {
          events.add(new BareEvent(now + exponential(services, mu), sequence++, false));
        }
      }
    }
    return new Run(sojourns / customers, executed);
  }

  /** The same M/M/1 on the engine. */
  static Run engine(long customers, double lambda, double mu, int seed) {
    EngineMm1 model = new EngineMm1(customers, lambda, mu, seed);
    long executed = Runner.run("bench-mm1-" + seed, Double.MAX_VALUE, model::start);
    return new Run(model.sojourns / customers, executed);
  }

  /** An exponential variate with the given rate per second, by inversion. */
  static double exponential(MersenneTwister stream, double rate) {
    return -Math.log1p(-stream.nextDouble()) / rate;
  }

  /** The bare loop's event: time, then scheduling order, as in the engine. */
  private static final class BareEvent implements Comparable<BareEvent> {
    final double time;
    final long sequence;
    final boolean arrival;

    BareEvent(double time, long sequence, boolean arrival) {
      this.time = time;
      this.sequence = sequence;
      this.arrival = arrival;
    }

    @Override
    public int compareTo(BareEvent other) {
      int byTime = Double.compare(time, other.time);
      return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
    }
  }

  /** The engine model: two bound actions, so no event allocates a lambda. */
  static class EngineMm1 {
    private final MersenneTwister arrivals;
    private final MersenneTwister services;
    private final ArrivalTimes inSystem = new ArrivalTimes();
    private final Runnable arrive = this::arrive;
    private final Runnable depart = this::depart;
    private final long customers;
    private final double lambda;
    private final double mu;
    private Engine engine;
    private long arrived;
    double sojourns;

    EngineMm1(long customers, double lambda, double mu, int seed) {
      this.customers = customers;
      this.lambda = lambda;
      this.mu = mu;
      this.arrivals = new MersenneTwister(2L * seed + 1);
      this.services = new MersenneTwister(2L * seed + 2);
    }

    void start(Engine engine) {
      this.engine = engine;
      engine.schedule(exponential(arrivals, lambda), arrive);
    }

    private void arrive() {
      double now = engine.now();
      inSystem.add(now);
      if (++arrived < customers) {
        engine.schedule(exponential(arrivals, lambda), arrive);
      }
      if (inSystem.size() == 1) {
        engine.schedule(exponential(services, mu), depart);
      }
    }

    private void depart() {
      double now = engine.now();
      departed(now, now - inSystem.remove());
      if (inSystem.size() > 0) {
        engine.schedule(exponential(services, mu), depart);
      }
    }

    /** Accounts for one customer leaving at {@code now} after {@code sojourn} seconds. */
    void departed(double now, double sojourn) {
      sojourns += sojourn;
    }
  }
}
