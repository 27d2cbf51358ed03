package kubeplan.queueing;

/**
 * What one station did during a measurement window.
 *
 * @param utilisation busy worker-time / (workers × window length), in [0, 1]
 * @param meanQueueLength time-average number of requests waiting (not in service)
 * @param meanWait mean seconds from arrival to service start of measured requests; 0 if none
 * @param waitProbability fraction of measured requests that waited a positive time; 0 if none
 * @param measuredStarts measured requests whose service started, the base of the two above
 * @param arrivals arrivals during the window, rejected ones included
 * @param completions services that ended during the window
 * @param throughputPerSecond completions per second of window
 * @param rejections arrivals during the window that found no place
 */
public record StationStatistics(
    double utilisation,
    double meanQueueLength,
    double meanWait,
    double waitProbability,
    long measuredStarts,
    long arrivals,
    long completions,
    double throughputPerSecond,
    long rejections) {

  /** Rejections per arrival in the window: {@code rejections / arrivals}, or 0 without arrivals. */
  public double rejectionProbability() {
    return arrivals == 0 ? 0 : (double) rejections / arrivals;
  }
}
