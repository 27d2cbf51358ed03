package kubeplan.scenario;

import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import kubeplan.arrival.ArrivalProcess;
import kubeplan.arrival.Arrivals;
import kubeplan.random.Dimension;
import kubeplan.random.Distribution;
import kubeplan.random.Distributions;
import kubeplan.value.Bandwidth;
import kubeplan.value.Durations;
import kubeplan.value.Fraction;
import kubeplan.value.ValueSyntaxException;
import tools.jackson.databind.JsonNode;

/**
 * Reads single values of a scenario with the engine's grammars, reporting each problem where it was
 * written: a {@link ValueSyntaxException}'s offset becomes a column inside the value. Every method
 * returns empty when the field is absent or wrong, so that callers apply a default or give up, and
 * reading goes on to find the other problems.
 */
final class ValueReader {
  private final Problems problems;
  private final Path baseDir;

  ValueReader(Problems problems, Path baseDir) {
    this.problems = problems;
    this.baseDir = baseDir;
  }

  /** How many problems have been found so far (to tell whether a part of a tree had any). */
  int count() {
    return problems.size();
  }

  /**
   * Records a problem a record's constructor found, but only when nothing else was reported: such
   * checks guard invariants that the schema and the reader check first, with better messages.
   */
  void reportIfAlone(TreeField field, String message) {
    if (problems.isEmpty()) {
      problems.add(field.position(), field.name(), message);
    }
  }

  /** Records a problem of {@code field}, unless the schema already reported one at its place. */
  void report(TreeField field, String message) {
    if (!problems.hasAt(field.position())) {
      problems.add(field.position(), field.name(), message);
    }
  }

  Optional<String> text(TreeField field) {
    if (!field.present()) {
      return Optional.empty();
    }
    if (!field.json().isString()) {
      report(field, "expected text, got " + ScenarioSchema.shown(field.json()));
      return Optional.empty();
    }
    return Optional.of(field.json().asString());
  }

  /** A whole number of at least {@code min}. */
  OptionalInt integer(TreeField field, int min) {
    return integer(field, min, Integer.MAX_VALUE);
  }

  /** A whole number in {@code [min, max]}; empty (and reported) when outside. */
  OptionalInt integer(TreeField field, int min, int max) {
    if (!field.present()) {
      return OptionalInt.empty();
    }
    JsonNode node = field.json();
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      report(field, "expected a whole number, got " + ScenarioSchema.shown(node));
      return OptionalInt.empty();
    }
    int value = node.asInt();
    if (value < min) {
      report(field, value + " is below the minimum " + min);
      return OptionalInt.empty();
    }
    if (value > max) {
      report(field, value + " is above the maximum " + max);
      return OptionalInt.empty();
    }
    return OptionalInt.of(value);
  }

  /** A finite number within {@code bounds}; empty (and reported) when outside. */
  OptionalDouble number(TreeField field, Bounds bounds) {
    if (!field.present()) {
      return OptionalDouble.empty();
    }
    JsonNode node = field.json();
    if (!node.isNumber() || !Double.isFinite(node.asDouble())) {
      report(field, "expected a number, got " + ScenarioSchema.shown(node));
      return OptionalDouble.empty();
    }
    double value = node.asDouble();
    if (!bounds.contains(value)) {
      report(field, field.text() + " must be " + bounds.rule());
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(value);
  }

  /** The numbers a field allows, and how to say so. */
  enum Bounds {
    /** Greater than 0. */
    POSITIVE("greater than 0"),
    /** 0 or more. */
    NON_NEGATIVE("0 or more"),
    /** Strictly between 0 and 1. */
    OPEN_UNIT("between 0 and 1 (both excluded)"),
    /** In (0, 1]. */
    PROBABILITY("greater than 0 and at most 1");

    private final String rule;

    Bounds(String rule) {
      this.rule = rule;
    }

    String rule() {
      return rule;
    }

    boolean contains(double value) {
      return switch (this) {
        case POSITIVE -> value > 0;
        case NON_NEGATIVE -> value >= 0;
        case OPEN_UNIT -> value > 0 && value < 1;
        case PROBABILITY -> value > 0 && value <= 1;
      };
    }
  }

  Optional<Boolean> bool(TreeField field) {
    if (!field.present()) {
      return Optional.empty();
    }
    if (!field.json().isBoolean()) {
      report(field, "expected true or false, got " + ScenarioSchema.shown(field.json()));
      return Optional.empty();
    }
    return Optional.of(field.json().asBoolean());
  }

  /**
   * The constant of {@code type} the word names: the word without {@code -} and {@code _},
   * upper-cased, equals the constant's name without {@code _} ({@code roundRobin} and {@code
   * round-robin} → ROUND_ROBIN, {@code ClientIP} → CLIENT_IP). The schema lists the spellings.
   */
  <E extends Enum<E>> Optional<E> word(TreeField field, Class<E> type) {
    Optional<String> text = text(field);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String wanted = normal(text.get());
    for (E constant : type.getEnumConstants()) {
      if (normal(constant.name()).equals(wanted)) {
        return Optional.of(constant);
      }
    }
    report(field, "'" + text.get() + "' is not a known " + field.name() + " value");
    return Optional.empty();
  }

  private static String normal(String word) {
    return word.replace("-", "").replace("_", "").toUpperCase(Locale.ROOT);
  }

  Optional<Duration> duration(TreeField field) {
    return parsed(field, Durations::parse);
  }

  Optional<Bandwidth> bandwidth(TreeField field) {
    return parsed(field, Bandwidth::parse);
  }

  Optional<Distribution> distribution(TreeField field, Dimension dimension) {
    return parsed(field, text -> Distributions.parse(text, dimension, baseDir));
  }

  /** A distribution the reader supplies as a default, written in the scenario grammar. */
  Distribution standard(String text, Dimension dimension) {
    return Distributions.parse(text, dimension, baseDir);
  }

  Optional<ArrivalProcess> arrivals(TreeField field) {
    return parsed(field, text -> Arrivals.parse(text, baseDir));
  }

  /** A percentage ({@code 0.1%}) or a fraction ({@code 0.001}), as a fraction in [0, 1]. */
  OptionalDouble fraction(TreeField field) {
    if (!field.present()) {
      return OptionalDouble.empty();
    }
    if (field.json().isNumber()) {
      double value = field.json().asDouble();
      if (!(value >= 0 && value <= 1)) {
        report(field, field.text() + " must be a fraction between 0 and 1 (or a percentage)");
        return OptionalDouble.empty();
      }
      return OptionalDouble.of(value);
    }
    return parsed(field, Fraction::parse)
        .map(f -> OptionalDouble.of(f.value()))
        .orElse(OptionalDouble.empty());
  }

  /** A CPU quantity ({@code 500m}, {@code 2}) in millicores, rounded up as Kubernetes does. */
  Optional<Long> millicores(TreeField field) {
    return quantity(field)
        .map(cores -> cores.movePointRight(3))
        .map(m -> m.setScale(0, RoundingMode.CEILING).longValueExact());
  }

  /** A memory quantity ({@code 512Mi}, {@code 1G}) in bytes, rounded up. */
  Optional<Long> bytes(TreeField field) {
    return quantity(field).map(b -> b.setScale(0, RoundingMode.CEILING).longValueExact());
  }

  private Optional<BigDecimal> quantity(TreeField field) {
    if (!field.present()) {
      return Optional.empty();
    }
    String text = field.text();
    BigDecimal amount;
    try {
      amount = Quantity.parse(text).getNumericalAmount();
    } catch (IllegalArgumentException | ArithmeticException e) {
      report(field, "'" + text + "' is not a Kubernetes quantity (e.g. 500m, 2, 512Mi, 1Gi)");
      return Optional.empty();
    }
    if (amount.signum() < 0) {
      report(field, "'" + text + "' cannot be negative");
      return Optional.empty();
    }
    if (amount.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 1000)) > 0) {
      report(field, "'" + text + "' is too large");
      return Optional.empty();
    }
    return Optional.of(amount);
  }

  private <T> Optional<T> parsed(TreeField field, Function<String, T> parser) {
    if (!field.present()) {
      return Optional.empty();
    }
    if (!field.json().isString()) {
      report(
          field,
          field.json().isNumber()
              ? field.text() + " needs a unit"
              : "expected text, got " + ScenarioSchema.shown(field.json()));
      return Optional.empty();
    }
    String text = field.json().asString();
    try {
      return Optional.of(parser.apply(text));
    } catch (ValueSyntaxException e) {
      int offset = Math.max(0, Math.min(e.offset(), text.length()));
      problems.add(field.position().at(offset), field.name(), e.reason());
    } catch (IllegalArgumentException e) {
      problems.add(field.position(), field.name(), e.getMessage());
    }
    return Optional.empty();
  }
}
