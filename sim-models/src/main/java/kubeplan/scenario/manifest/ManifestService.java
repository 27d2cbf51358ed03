package kubeplan.scenario.manifest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import kubeplan.scenario.tree.Position;

/**
 * A Kubernetes Service found in a manifest.
 *
 * @param name its {@code metadata.name}
 * @param position where its name is written
 * @param selector its pod selector; empty for a Service without one (no pods to back it)
 * @param fields its settings under the scenario's field names ({@code type}, {@code ports}, {@code
 *     sessionAffinity}, the traffic policies and {@code trafficDistribution})
 */
public record ManifestService(
    String name, Position position, Map<String, String> selector, Map<String, Located> fields) {
  public ManifestService {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(position, "position");
    selector = Collections.unmodifiableMap(new LinkedHashMap<>(selector));
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }
}
