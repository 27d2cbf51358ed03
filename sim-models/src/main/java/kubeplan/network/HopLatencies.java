package kubeplan.network;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import kubeplan.random.Distribution;

/**
 * The one-way latency of one traversal of each {@link Hop}, in seconds.
 *
 * @param byHop a distribution for every hop; copied
 */
public record HopLatencies(Map<Hop, Distribution> byHop) {
  public HopLatencies {
    EnumMap<Hop, Distribution> copy = new EnumMap<>(Hop.class);
    copy.putAll(byHop);
    for (Hop hop : Hop.values()) {
      Objects.requireNonNull(copy.get(hop), () -> "no latency for hop " + hop.key());
    }
    byHop = Collections.unmodifiableMap(copy);
  }

  public Distribution get(Hop hop) {
    return byHop.get(hop);
  }

  /** These latencies with {@code hop} replaced by {@code latency}. */
  public HopLatencies with(Hop hop, Distribution latency) {
    EnumMap<Hop, Distribution> changed = new EnumMap<>(byHop);
    changed.put(hop, Objects.requireNonNull(latency, "latency"));
    return new HopLatencies(changed);
  }
}
