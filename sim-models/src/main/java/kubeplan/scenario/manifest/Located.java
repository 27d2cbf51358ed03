package kubeplan.scenario.manifest;

import java.util.Objects;
import kubeplan.scenario.tree.Position;
import tools.jackson.databind.JsonNode;

/**
 * A value taken from a manifest, already in the scenario's spelling, and where it was written.
 *
 * @param value the value as the scenario file would write it ({@code ClusterIP} → {@code
 *     ClusterIP}, a CPU request → {@code 250m})
 * @param position where the manifest wrote it (or the object it was derived from)
 */
public record Located(JsonNode value, Position position) {
  public Located {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(position, "position");
  }
}
