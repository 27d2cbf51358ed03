package kubeplan.scenario;

import java.time.Duration;

/** The start of each replication that statistics ignore. */
public sealed interface Warmup permits Warmup.Fixed, Warmup.Mser5 {

  /** A fixed length of simulated time, the same for every replication. */
  record Fixed(Duration length) implements Warmup {
    public Fixed {
      if (length.isNegative()) {
        throw new IllegalArgumentException("warm-up cannot be negative: " + length);
      }
    }
  }

  /** The truncation point chosen per replication by MSER-5 (written {@code auto}). */
  record Mser5() implements Warmup {}
}
