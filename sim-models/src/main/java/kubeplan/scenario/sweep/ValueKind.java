package kubeplan.scenario.sweep;

import io.fabric8.kubernetes.api.model.Quantity;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;
import kubeplan.random.Dimension;
import kubeplan.scenario.SweepValue;
import kubeplan.value.Bandwidth;
import kubeplan.value.ByteSize;
import kubeplan.value.Durations;
import kubeplan.value.Fraction;
import kubeplan.value.Rate;
import tools.jackson.databind.JsonNode;

/**
 * What a swept value measures, and so its CSV base unit: durations in milliseconds, rates per
 * second, sizes in bytes, bandwidths in bit/s, CPU in millicores, memory in bytes, money in US
 * dollars, percentages as fractions; words and whole distributions stay text.
 */
enum ValueKind {
  DURATION(text -> Durations.parseSeconds(text) * 1000),
  RATE(text -> Rate.parse(text).perSecond()),
  SIZE(text -> ByteSize.parse(text).bytes()),
  BANDWIDTH(text -> Bandwidth.parse(text).bitsPerSecond()),
  CPU(text -> Quantity.parse(text).getNumericalAmount().movePointRight(3).doubleValue()),
  MEMORY(text -> Quantity.parse(text).getNumericalAmount().doubleValue()),
  PERCENTAGE(text -> Fraction.parse(text).value()),
  NUMBER(Dimension::plainNumber),
  /** A distribution of durations: a bare duration is in ms, a family stays text. */
  TIME_DISTRIBUTION(text -> Durations.parseSeconds(text) * 1000),
  /** A distribution of sizes: a bare size is in bytes, a family stays text. */
  SIZE_DISTRIBUTION(text -> ByteSize.parse(text).bytes()),
  /** A parameter of a distribution or arrival process: read by its own unit. */
  PARAMETER(ValueKind::parameter),
  /** A word (an enum, a name) or a whole distribution: no number. */
  TEXT(
      text -> {
        throw new IllegalArgumentException("a word has no number: " + text);
      });

  private final ToDoubleFunction<String> base;

  ValueKind(ToDoubleFunction<String> base) {
    this.base = base;
  }

  /**
   * The sweep value of {@code raw}, with its number in base units where it has one (a plain YAML
   * number that this kind cannot read is kept as written).
   */
  SweepValue value(JsonNode raw) {
    String text = raw.isString() ? raw.asString() : raw.toString();
    if (raw.isContainer() || raw.isBoolean()) {
      return new SweepValue(text, OptionalDouble.empty());
    }
    try {
      double number = base.applyAsDouble(text);
      return new SweepValue(
          text, Double.isFinite(number) ? OptionalDouble.of(number) : OptionalDouble.empty());
    } catch (IllegalArgumentException | ArithmeticException e) {
      return new SweepValue(
          text, raw.isNumber() ? OptionalDouble.of(raw.asDouble()) : OptionalDouble.empty());
    }
  }

  /** A parameter value by its unit: a rate per second, a duration in ms, a size in bytes. */
  private static double parameter(String text) {
    if (text.contains("/")) {
      return Rate.parse(text).perSecond();
    }
    List<ToDoubleFunction<String>> readings =
        List.of(
            t -> Durations.parseSeconds(t) * 1000,
            t -> ByteSize.parse(t).bytes(),
            Dimension::plainNumber);
    IllegalArgumentException last = null;
    for (ToDoubleFunction<String> reading : readings) {
      try {
        return reading.applyAsDouble(text);
      } catch (IllegalArgumentException e) {
        last = e;
      }
    }
    throw last;
  }
}
