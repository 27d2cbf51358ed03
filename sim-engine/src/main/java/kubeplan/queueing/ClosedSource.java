package kubeplan.queueing;

import java.util.function.Consumer;
import kubeplan.engine.Engine;
import kubeplan.random.Distribution;
import kubeplan.random.RandomStream;

/**
 * A fixed population of users, each of whom thinks, sends one request, waits until it completes or
 * fails, and thinks again. Users start thinking at time 0; a user whose next request would come
 * after the end of the measurement window retires.
 */
final class ClosedSource implements Source {
  /*
   * Think times come from the source's one stream in the order users finish, and that order
   * depends on the model: two model variants see the same think-time distribution, but not the
   * same think time after the same request.
   */
  private final User[] users;
  private final Distribution thinkTime;
  private final RandomStream stream;
  private final Engine engine;
  private final Requests requests;
  private final Consumer<Request> sink;
  private final Runnable exhausted;
  private final double end;
  private int retired;

  ClosedSource(
      int users,
      Distribution thinkTime,
      RandomStream stream,
      Engine engine,
      Requests requests,
      Consumer<Request> sink,
      Runnable exhausted) {
    this.users = new User[users];
    for (int i = 0; i < users; i++) {
      this.users[i] = new User(i);
    }
    this.thinkTime = thinkTime;
    this.stream = stream;
    this.engine = engine;
    this.requests = requests;
    this.sink = sink;
    this.exhausted = exhausted;
    this.end = requests.window().end();
  }

  @Override
  public void start() {
    for (User user : users) {
      user.think();
    }
  }

  @Override
  public void finished(Request request) {
    int client = request.client();
    if (client < 0 || client >= users.length || users[client].waiting != request) {
      throw new IllegalArgumentException(
          "request " + request.id() + " is not one this closed source is waiting for");
    }
    users[client].waiting = null;
    users[client].think();
  }

  /** One user, with its send action bound once. */
  private final class User {
    private final int index;
    private final Runnable send = this::send;
    private Request waiting;

    User(int index) {
      this.index = index;
    }

    void think() {
      double sendAt = engine.now() + thinkTime.sample(stream);
      if (sendAt < end) {
        engine.scheduleAt(sendAt, send);
      } else if (++retired == users.length) {
        engine.scheduleAt(Math.max(engine.now(), end), exhausted);
      }
    }

    private void send() {
      waiting = requests.create(engine.now(), index);
      sink.accept(waiting);
    }
  }
}
