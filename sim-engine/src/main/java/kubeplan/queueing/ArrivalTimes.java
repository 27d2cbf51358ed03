package kubeplan.queueing;

/** The arrival instants of an open workload, one after another. */
interface ArrivalTimes {
  /** The first arrival after {@code now}, in seconds; positive infinity when there is none. */
  double next(double now);
}
