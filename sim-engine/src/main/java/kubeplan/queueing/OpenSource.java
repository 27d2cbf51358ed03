package kubeplan.queueing;

import java.util.function.Consumer;
import kubeplan.engine.Engine;

/** Sends requests at the instants of an open arrival process, whatever happens to earlier ones. */
final class OpenSource implements Source {
  private final ArrivalTimes times;
  private final Engine engine;
  private final Requests requests;
  private final Consumer<Request> sink;
  private final Runnable exhausted;
  private final double end;
  private final Runnable send = this::send;

  OpenSource(
      ArrivalTimes times,
      Engine engine,
      Requests requests,
      Consumer<Request> sink,
      Runnable exhausted) {
    this.times = times;
    this.engine = engine;
    this.requests = requests;
    this.sink = sink;
    this.exhausted = exhausted;
    this.end = requests.window().end();
  }

  @Override
  public void start() {
    scheduleNext(times.next(engine.now()));
  }

  @Override
  public void finished(Request request) {
    // Open arrivals do not depend on earlier requests.
  }

  private void send() {
    double now = engine.now();
    Request request = requests.create(now);
    double next = times.next(now);
    sink.accept(request);
    scheduleNext(next);
  }

  private void scheduleNext(double time) {
    if (time < end) {
      engine.scheduleAt(time, send);
    } else {
      engine.scheduleAt(end, exhausted);
    }
  }
}
