package kubeplan.scenario.manifest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import kubeplan.scenario.tree.Position;

/**
 * A Deployment or StatefulSet found in a manifest: the pods that may back a Service.
 *
 * @param kind {@code Deployment} or {@code StatefulSet}
 * @param name its {@code metadata.name}
 * @param position where its name is written
 * @param podLabels the labels of its pod template, matched against Service selectors
 * @param fields its settings under the scenario's field names ({@code replicas}, {@code cpu},
 *     {@code memory})
 */
public record ManifestWorkload(
    String kind,
    String name,
    Position position,
    Map<String, String> podLabels,
    Map<String, Located> fields) {
  public ManifestWorkload {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(position, "position");
    podLabels = Collections.unmodifiableMap(new LinkedHashMap<>(podLabels));
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** Whether this workload's pods are selected by {@code selector} (a non-empty label subset). */
  public boolean backs(Map<String, String> selector) {
    return !selector.isEmpty() && podLabels.entrySet().containsAll(selector.entrySet());
  }
}
