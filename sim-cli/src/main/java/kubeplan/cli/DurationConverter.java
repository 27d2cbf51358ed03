package kubeplan.cli;

import java.time.Duration;
import kubeplan.value.Durations;
import kubeplan.value.ValueSyntaxException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --duration} in the scenario files' grammar: {@code 30s}, {@code 5m}, {@code 2h}. */
final class DurationConverter implements ITypeConverter<Duration> {
  @Override
  public Duration convert(String text) {
    try {
      return Durations.parse(text);
    } catch (ValueSyntaxException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
