package kubeplan.results;

import java.util.Optional;

/**
 * A swept parameter: its path as written under {@code sweep:} and the CSV base unit of its values
 * ({@code 1/s}, {@code ms}, {@code B}, {@code USD}; empty for counts and enum texts).
 */
public record SweepKey(String path, Optional<String> unit) {
  public SweepKey {
    Checks.nonBlank("sweep key", path);
  }
}
