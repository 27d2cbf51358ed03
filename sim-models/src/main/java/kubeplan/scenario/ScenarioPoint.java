package kubeplan.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One point of a sweep: the values of the sweep keys there and the scenario they make.
 *
 * @param index the 0-based row-major index, first key slowest; 0 without a sweep
 * @param values sweep key as written → its value at this point, in the order of the keys
 * @param scenario the scenario resolved with those values
 */
public record ScenarioPoint(int index, Map<String, SweepValue> values, Scenario scenario) {
  public ScenarioPoint {
    if (index < 0) {
      throw new IllegalArgumentException("index cannot be negative: " + index);
    }
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    Objects.requireNonNull(scenario, "scenario");
  }
}
