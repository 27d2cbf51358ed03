package kubeplan.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import kubeplan.arrival.ArrivalProcess;

/**
 * The clients outside the cluster and the requests they make.
 *
 * @param clients how many clients; empty for {@code many}, each request as if from its own
 *     already-connected client (the default, and what queueing theory assumes)
 * @param connections whether a client keeps its connection or opens one per request
 * @param arrivals when requests arrive (open processes) or how users cycle (closed)
 * @param timeout how long a client waits before counting a request as failed (default 10 s)
 * @param mix what is requested, with relative weights (default: every service, weight 1)
 */
public record WorkloadSpec(
    OptionalInt clients,
    ConnectionMode connections,
    ArrivalProcess arrivals,
    Duration timeout,
    List<MixEntry> mix) {

  public WorkloadSpec {
    Objects.requireNonNull(clients, "clients");
    if (clients.isPresent() && clients.getAsInt() < 1) {
      throw new IllegalArgumentException("clients must be >= 1: " + clients.getAsInt());
    }
    Objects.requireNonNull(connections, "connections");
    Objects.requireNonNull(arrivals, "arrivals");
    if (timeout.isZero() || timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    mix = List.copyOf(mix);
    if (mix.isEmpty()) {
      throw new IllegalArgumentException("the mix needs at least one entry");
    }
  }

  /** Whether clients reuse one connection per target or open one per request. */
  public enum ConnectionMode {
    KEEP_ALIVE,
    PER_REQUEST
  }
}
