package kubeplan.queueing;

import kubeplan.arrival.ArrivalProcess;

/** Replays recorded arrival instants, in seconds from the start of the replication. */
final class TraceArrivals implements ArrivalTimes {
  private final ArrivalProcess.Trace trace;
  private int next;

  TraceArrivals(ArrivalProcess.Trace trace) {
    this.trace = trace;
  }

  @Override
  public double next(double now) {
    return next < trace.size() ? trace.arrivalTime(next++) : Double.POSITIVE_INFINITY;
  }
}
