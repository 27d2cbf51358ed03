package kubeplan.exposure;

import kubeplan.queueing.Request;
import kubeplan.replication.BatchMeans;
import kubeplan.results.Hop;
import kubeplan.stats.LatencyHistogram;

/**
 * What one replication of one exposure measured about its requests: outcomes by cause,
 * end-to-end and per-route latencies, and the time spent in each hop, counting only requests
 * that arrived in the measurement window.
 */
public final class Measurements {
  private static final Hop[] HOPS = Hop.values();
  private static final int SERIES_BATCHES = 1000;

  final LatencyHistogram latency;
  /** Batch means of latency over the run, in bounded memory, for MSER-5 warm-up detection. */
  final BatchMeans series = new BatchMeans(SERIES_BATCHES);
  /** Latency without the internet hops, for SLOs measured at the cluster's edge. */
  final LatencyHistogram edgeLatency;
  final long[] errors = new long[ErrorCause.values().length];
  long measured;
  long succeeded;
  final long[] routeMeasured;
  final long[] routeSucceeded;
  final LatencyHistogram[] routeLatency;
  final double[] hopSeconds = new double[HOPS.length];
  final long[] hopTaken = new long[HOPS.length];
  final LatencyHistogram[] hopLatency = new LatencyHistogram[HOPS.length];

  Measurements(int routes, double longestSeconds) {
    latency = new LatencyHistogram(longestSeconds);
    edgeLatency = new LatencyHistogram(longestSeconds);
    routeMeasured = new long[routes];
    routeSucceeded = new long[routes];
    routeLatency = new LatencyHistogram[routes];
    for (int r = 0; r < routes; r++) {
      routeLatency[r] = new LatencyHistogram(longestSeconds);
    }
    for (int h = 0; h < HOPS.length; h++) {
      hopLatency[h] = new LatencyHistogram(longestSeconds);
    }
  }

  void arrived(int route) {
    measured++;
    if (route >= 0) {
      routeMeasured[route]++;
    }
  }

  /**
   * Counts measured requests still in flight when the run ended as timed out: the run ends when
   * the client's timeout has passed for the last measured request, so each of them outlived it.
   */
  void closeAtHorizon() {
    long open = measured - succeeded;
    for (long e : errors) {
      open -= e;
    }
    errors[ErrorCause.TIMEOUT.ordinal()] += open;
  }

  void failed(ErrorCause cause) {
    errors[cause.ordinal()]++;
  }

  void succeeded(Request request, int route, double seconds) {
    succeeded++;
    latency.record(seconds);
    series.add(request.createdAt(), seconds);
    edgeLatency.record(seconds - request.hopTime(Hop.INTERNET.ordinal()));
    routeSucceeded[route]++;
    routeLatency[route].record(seconds);
    long visited = request.hopsVisited();
    for (int h = 0; h < HOPS.length; h++) {
      if ((visited & (1L << h)) != 0) {
        double time = request.hopTime(h);
        hopSeconds[h] += time;
        hopTaken[h]++;
        hopLatency[h].record(time);
      }
    }
  }
}
