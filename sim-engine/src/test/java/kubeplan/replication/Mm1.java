package kubeplan.replication;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import kubeplan.engine.Engine;
import kubeplan.engine.Runner;
import kubeplan.random.RandomStream;
import kubeplan.random.RandomStreams;
import org.HdrHistogram.Histogram;

/**
 * A tiny FCFS M/M/1 queue written directly on the engine, so these tests depend on nothing but the
 * engine and the random streams. It measures the requests that arrive in the window {@code [warmup,
 * warmup + window)} and runs until they have all left, as measurement.md asks.
 *
 * <p>Each request draws its service time from the "service" stream when it arrives, as a unit
 * exponential divided by mu, so two variants that differ only in mu see the same arrivals and the
 * same service work, request by request: common random numbers.
 */
final class Mm1 {
  /** Arrival rate and service rate per second, warm-up and window in seconds. */
  record Config(double lambda, double mu, double warmup, double window, int initialBacklog) {
    Config(double lambda, double mu, double warmup, double window) {
      this(lambda, mu, warmup, window, 0);
    }

    /** Theory: the M/M/1 response time is exponential with rate mu - lambda. */
    double meanResponse() {
      return 1 / (mu - lambda);
    }

    double responsePercentile(double percentile) {
      return -Math.log1p(-percentile / 100) / (mu - lambda);
    }
  }

  /**
   * One replication's statistics: the measured requests' mean response in seconds, their
   * response-time histogram in nanoseconds, and the batch means of every request's response time by
   * arrival time.
   */
  record Stats(double meanResponse, long measured, Histogram response, BatchMeans series) {
    /** Everything measured, as bytes, to compare two runs exactly. */
    byte[] bytes() {
      ByteBuffer buffer = ByteBuffer.allocate(response.getNeededByteBufferCapacity() + 16);
      buffer.putLong(Double.doubleToRawLongBits(meanResponse)).putLong(measured);
      response.encodeIntoByteBuffer(buffer);
      byte[] bytes = new byte[buffer.position()];
      buffer.flip().get(bytes);
      return bytes;
    }
  }

  private record Request(double arrival, double service) {}

  private final Config config;
  private final RandomStream arrivals;
  private final RandomStream service;
  private final ArrayDeque<Request> queue = new ArrayDeque<>();
  private final Histogram response = new Histogram(1_000, 3_600_000_000_000L, 3);
  private final BatchMeans series = new BatchMeans(1024);
  private final Runnable arrive = this::arrive;
  private final Runnable depart = this::depart;
  private Engine engine;
  private double responseSum;
  private long measured;

  private Mm1(Config config, RandomStreams streams) {
    this.config = config;
    this.arrivals = streams.stream("arrivals");
    this.service = streams.stream("service");
  }

  /** Runs replication {@code replication} of the scenario seeded {@code seed}. */
  static Stats replicate(Config config, long seed, int replication) {
    Mm1 model = new Mm1(config, new RandomStreams(seed, replication));
    Runner.run("mm1-" + seed + "-" + replication, Double.MAX_VALUE, model::start);
    return new Stats(
        model.responseSum / model.measured, model.measured, model.response, model.series);
  }

  private void start(Engine engine) {
    this.engine = engine;
    for (int i = 0; i < config.initialBacklog(); i++) {
      queue.add(new Request(0, exponential(service, config.mu())));
    }
    if (!queue.isEmpty()) {
      engine.schedule(queue.peek().service(), depart);
    }
    engine.schedule(exponential(arrivals, config.lambda()), arrive);
  }

  private void arrive() {
    double now = engine.now();
    queue.add(new Request(now, exponential(service, config.mu())));
    if (queue.size() == 1) {
      engine.schedule(queue.peek().service(), depart);
    }
    double next = now + exponential(arrivals, config.lambda());
    if (next < config.warmup() + config.window()) {
      engine.scheduleAt(next, arrive);
    }
  }

  private void depart() {
    double now = engine.now();
    Request done = queue.remove();
    double responseTime = now - done.arrival();
    series.add(done.arrival(), responseTime);
    if (done.arrival() >= config.warmup()) {
      responseSum += responseTime;
      measured++;
      response.recordValue(Math.round(responseTime * 1e9));
    }
    if (!queue.isEmpty()) {
      engine.schedule(queue.peek().service(), depart);
    }
  }

  private static double exponential(RandomStream stream, double rate) {
    return -Math.log(stream.nextDouble()) / rate;
  }
}
