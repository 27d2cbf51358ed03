package kubeplan.results;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Argument checks shared by the result records; each message names the field and the value. */
final class Checks {
  private Checks() {}

  static double finite(String field, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be a finite number: " + value);
    }
    return value;
  }

  static double nonNegative(String field, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(field + " must be finite and >= 0: " + value);
    }
    return value;
  }

  static double fraction(String field, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(field + " must be a fraction in [0, 1]: " + value);
    }
    return value;
  }

  static String nonBlank(String field, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }

  static <T> void unique(String field, List<T> values, Function<T, String> name) {
    Set<String> seen = new HashSet<>();
    for (T value : values) {
      if (!seen.add(name.apply(value))) {
        throw new IllegalArgumentException(
            field + " must be unique: " + name.apply(value) + " appears twice");
      }
    }
  }
}
