package kubeplan.queueing;

import java.util.function.Consumer;
import kubeplan.arrival.ArrivalProcess;
import kubeplan.engine.Engine;
import kubeplan.random.RandomStream;

/**
 * Creates a workload's requests and hands each to the model as it is sent. A source creates
 * requests until the end of the measurement window, then announces at that time (or, for closed
 * users still waiting for answers, once the last has retired) that it will create no more.
 */
public sealed interface Source permits OpenSource, ClosedSource {

  /** Schedules the first requests; call once, after the model is wired. */
  void start();

  /**
   * Tells the source that {@code request} has completed or failed. Closed users start thinking
   * about their next request; open sources need not be told.
   */
  void finished(Request request);

  /**
   * A source for {@code process}, drawing only from {@code stream}.
   *
   * @param requests creates each request, with the measurement window whose end stops the source
   * @param sink receives each new request at the time it is sent
   * @param exhausted runs once when the source will create no more requests
   */
  static Source of(
      ArrivalProcess process,
      Engine engine,
      RandomStream stream,
      Requests requests,
      Consumer<Request> sink,
      Runnable exhausted) {
    if (process instanceof ArrivalProcess.Closed closed) {
      return new ClosedSource(
          closed.users(), closed.thinkTime(), stream, engine, requests, sink, exhausted);
    }
    return new OpenSource(arrivalTimes(process, stream), engine, requests, sink, exhausted);
  }

  private static ArrivalTimes arrivalTimes(ArrivalProcess process, RandomStream stream) {
    if (process instanceof ArrivalProcess.Poisson poisson) {
      return new PoissonArrivals(poisson.ratePerSecond(), stream);
    } else if (process instanceof ArrivalProcess.Mmpp mmpp) {
      return new MmppArrivals(mmpp, stream);
    } else if (process instanceof ArrivalProcess.Diurnal diurnal) {
      return new DiurnalArrivals(diurnal, stream);
    } else if (process instanceof ArrivalProcess.Trace trace) {
      return new TraceArrivals(trace);
    }
    throw new IllegalArgumentException("not an open arrival process: " + process);
  }
}
