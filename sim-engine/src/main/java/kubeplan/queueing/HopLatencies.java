package kubeplan.queueing;

import kubeplan.stats.LatencyHistogram;

/**
 * The time requests spent in each hop kind of a layout, one histogram per hop, for the per-hop
 * latency tables: each request counts in the hops it visited, with its total time there.
 */
public final class HopLatencies {
  private final RequestLayout layout;
  private final LatencyHistogram[] hops;

  /** Histograms for every hop of {@code layout}, holding latencies up to {@code longestSeconds}. */
  public HopLatencies(RequestLayout layout, double longestSeconds) {
    this.layout = layout;
    this.hops = new LatencyHistogram[layout.hops()];
    for (int h = 0; h < hops.length; h++) {
      hops[h] = new LatencyHistogram(longestSeconds);
    }
  }

  /** Records the time {@code request} spent in each hop kind it visited. */
  public void record(Request request) {
    long visited = request.hopsVisited();
    while (visited != 0) {
      int hop = Long.numberOfTrailingZeros(visited);
      hops[hop].record(request.hopTime(hop));
      visited &= visited - 1;
    }
  }

  /** The histogram of hop kind {@code hop}. */
  public LatencyHistogram hop(int hop) {
    return hops[hop];
  }

  /** The layout whose hops these are, for their names. */
  public RequestLayout layout() {
    return layout;
  }
}
