package kubeplan.results;

import java.time.Duration;

/** The start of each replication that the statistics ignore, as the run applied it. */
public sealed interface Warmup permits Warmup.Fixed, Warmup.Mser5 {

  /** The same length for every replication. */
  record Fixed(Duration length) implements Warmup {
    public Fixed {
      if (length.isNegative()) {
        throw new IllegalArgumentException("warm-up length must not be negative: " + length);
      }
    }
  }

  /** A truncation point chosen per replication by MSER-5, capped at half the run. */
  record Mser5() implements Warmup {}
}
