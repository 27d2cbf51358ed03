package kubeplan.cost;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The cloud whose list prices and billing rules a catalogue holds. */
public enum Provider {
  AWS("AWS"),
  GCP("GCP"),
  AZURE("Azure"),
  /** A user's own catalogue for any other platform. */
  CUSTOM("custom");

  private final String label;

  Provider(String label) {
    this.label = label;
  }

  /** The provider's name as people write it, for messages ("AWS", "Azure"). */
  public String label() {
    return label;
  }

  /**
   * The name used in scenario and catalogue files: {@code aws}, {@code gcp}, {@code azure}, {@code
   * custom}.
   */
  @JsonValue
  public String fileName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a provider as written in a scenario or catalogue file.
   *
   * @throws IllegalArgumentException naming the value and the known providers
   */
  @JsonCreator
  public static Provider fromFileName(String name) {
    for (Provider provider : values()) {
      if (provider.fileName().equals(name)) {
        return provider;
      }
    }
    throw new IllegalArgumentException(
        "unknown provider '"
            + name
            + "'; known: "
            + Arrays.stream(values()).map(Provider::fileName).collect(Collectors.joining(", ")));
  }
}
