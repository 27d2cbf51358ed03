package kubeplan.random;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import kubeplan.value.Spelling;
import kubeplan.value.ValueSyntaxException;

/**
 * The parameters of one parsed call bound to a family's {@link Signature}: the shared front end of
 * the distribution and arrival grammars. Every error it raises points at the offending parameter
 * and names the family, the parameter and the rule.
 */
public final class Arguments {
  private final CallScanner.Scan scan;
  private final Map<String, CallScanner.Located> byName = new HashMap<>();
  private final List<String> boundNames = new ArrayList<>();
  private boolean bound;

  private Arguments(CallScanner.Scan scan) {
    this.scan = scan;
  }

  /**
   * Reads the syntax of {@code text}; bind it with {@link #bind} before reading values.
   *
   * @throws ValueSyntaxException at the first character that breaks the call grammar
   */
  public static Arguments parse(String text) {
    return new Arguments(CallScanner.scan(text));
  }

  /** The call as parsed, in canonical form. */
  public Call call() {
    return scan.call();
  }

  /** The family name as written. */
  public String family() {
    return scan.call().family();
  }

  /** The text that was parsed. */
  public String text() {
    return scan.text();
  }

  /**
   * The error for a family nobody knows, suggesting the nearest known one.
   *
   * @param kind what the call should have been, e.g. {@code "distribution"}
   */
  public ValueSyntaxException unknownFamily(String kind, Collection<String> known) {
    String suggestion =
        Spelling.nearest(family(), known)
            .map(name -> "; did you mean '" + name + "'?")
            .orElse("; known: " + String.join(", ", known));
    return new ValueSyntaxException(
        text(), scan.familyStart(), "unknown " + kind + " '" + family() + "'" + suggestion);
  }

  /**
   * Checks the parameters against {@code signature}, once: no unknown, duplicate or misplaced
   * positional parameter, no mix of forms, nothing missing.
   *
   * @return the form used (its required names)
   * @throws ValueSyntaxException pointing at the offending parameter, or at the family name for a
   *     missing one
   */
  public List<String> bind(Signature signature) {
    if (bound) {
      throw new IllegalStateException(family() + " is already bound");
    }
    bound = true;
    List<String> positional = signature.positionalOrder();
    Set<String> known = signature.names();
    boolean named = false;
    for (int i = 0; i < scan.params().size(); i++) {
      CallScanner.Located p = scan.params().get(i);
      String name = p.param().name();
      if (name == null) {
        if (named) {
          throw at(p.start(), family() + ": a positional value cannot follow named parameters");
        }
        if (i >= positional.size()) {
          throw at(p.start(), tooManyValues(signature, positional));
        }
        name = positional.get(i);
      } else {
        named = true;
        if (!known.contains(name)) {
          throw at(p.start(), unknownParameter(signature, name));
        }
      }
      if (byName.putIfAbsent(name, p) != null) {
        throw at(p.start(), family() + ": parameter " + name + " is given twice");
      }
      boundNames.add(name);
    }
    return chooseForm(signature);
  }

  private List<String> chooseForm(Signature signature) {
    List<CallScanner.Located> required = new ArrayList<>();
    for (CallScanner.Located p : scan.params()) {
      if (!signature.optional().contains(nameOf(p))) {
        required.add(p);
      }
    }
    List<List<String>> fitting = new ArrayList<>();
    for (List<String> candidate : signature.forms()) {
      if (required.stream().allMatch(p -> candidate.contains(nameOf(p)))) {
        fitting.add(candidate);
      }
    }
    if (fitting.isEmpty()) {
      String first = nameOf(required.get(0));
      List<String> firstForm =
          signature.forms().stream().filter(f -> f.contains(first)).findFirst().orElseThrow();
      CallScanner.Located clash =
          required.stream().filter(p -> !firstForm.contains(nameOf(p))).findFirst().orElseThrow();
      throw at(
          clash.start(),
          family()
              + ": "
              + nameOf(clash)
              + " cannot be combined with "
              + first
              + "; give "
              + signature.describeForms());
    }
    for (List<String> candidate : fitting) {
      if (byName.keySet().containsAll(candidate)) {
        return candidate;
      }
    }
    if (required.isEmpty()) {
      throw at(scan.familyStart(), family() + " needs " + signature.describeForms());
    }
    List<String> missing = new ArrayList<>(fitting.get(0));
    missing.removeAll(byName.keySet());
    String which =
        signature.forms().size() > 1 ? " (form " + String.join("+", fitting.get(0)) + ")" : "";
    throw at(scan.familyStart(), family() + " is missing " + String.join(" and ", missing) + which);
  }

  /** Whether the parameter was given (by name or position). */
  public boolean has(String name) {
    return byName.containsKey(name);
  }

  /** The canonical text of a given parameter's value. */
  public String raw(String name) {
    return located(name).param().value();
  }

  /**
   * Parses a given parameter's value with {@code parser}, moving any {@link ValueSyntaxException}
   * (and its offset) into this call's text with the prefix {@code "family name: "}. Nested calls
   * are parsed from the text as written, so offsets inside them stay exact.
   */
  public <T> T parse(String name, Function<String, T> parser) {
    CallScanner.Located p = located(name);
    return parseSpan(name, p.valueStart(), p.valueEnd(), parser);
  }

  /** Parses a value of the given dimension into base units (seconds, bytes or plain numbers). */
  public double value(String name, Dimension dimension) {
    return parse(name, dimension::parse);
  }

  /** Parses a value that must be greater than zero. */
  public double positive(String name, Dimension dimension) {
    double value = value(name, dimension);
    if (!(value > 0)) {
      throw error(name, "must be positive");
    }
    return value;
  }

  /** Parses a value that must be a positive whole number, such as a count of phases or users. */
  public int positiveInt(String name) {
    double value = value(name, Dimension.NUMBER);
    if (!(value >= 1 && value <= Integer.MAX_VALUE && value == Math.rint(value))) {
      throw error(name, "must be a positive integer");
    }
    return (int) value;
  }

  /** Whether the given parameter's value is a list {@code [a, b, …]}. */
  public boolean isList(String name) {
    return raw(name).startsWith("[");
  }

  /**
   * Parses each item of a list parameter with {@code parser}, errors pointing at the item.
   *
   * @throws ValueSyntaxException if the value is not a list
   */
  public <T> List<T> list(String name, Function<String, T> parser) {
    CallScanner.Located p = located(name);
    if (!isList(name)) {
      throw error(name, "must be a list such as [a, b]");
    }
    List<T> parsed = new ArrayList<>();
    for (CallScanner.Span item : p.items()) {
      parsed.add(parseSpan(name, item.start(), item.end(), parser));
    }
    return parsed;
  }

  /**
   * An error at a parameter: {@code "family name (value) rule"}, e.g. {@code "exponential mean (0s)
   * must be positive"}.
   */
  public ValueSyntaxException error(String name, String rule) {
    return at(located(name).start(), family() + " " + name + " (" + raw(name) + ") " + rule);
  }

  /** An error at a parameter with a message of the caller's own wording. */
  public ValueSyntaxException errorAt(String name, String message) {
    return at(located(name).start(), message);
  }

  /** An error at the i-th item of a list parameter. */
  public ValueSyntaxException errorAtItem(String name, int item, String message) {
    return at(located(name).items().get(item).start(), message);
  }

  /** An error about the call as a whole, pointing at the family name. */
  public ValueSyntaxException errorAtFamily(String message) {
    return at(scan.familyStart(), message);
  }

  private <T> T parseSpan(String name, int start, int end, Function<String, T> parser) {
    try {
      return parser.apply(text().substring(start, end));
    } catch (ValueSyntaxException e) {
      throw e.within(text(), start, family() + " " + name + ": ");
    }
  }

  private CallScanner.Located located(String name) {
    CallScanner.Located p = byName.get(name);
    if (p == null) {
      throw new IllegalStateException(family() + " has no parameter " + name + " bound");
    }
    return p;
  }

  private String nameOf(CallScanner.Located p) {
    return boundNames.get(scan.params().indexOf(p));
  }

  private String unknownParameter(Signature signature, String name) {
    String hint =
        Spelling.nearest(name, signature.names())
            .map(n -> "; did you mean " + n + "?")
            .orElse(
                "; it takes "
                    + signature.describeForms()
                    + (signature.optional().isEmpty()
                        ? ""
                        : " (optionally " + String.join(", ", signature.optional()) + ")"));
    return family() + " has no parameter " + name + hint;
  }

  private String tooManyValues(Signature signature, List<String> positional) {
    if (positional.isEmpty()) {
      return family() + " needs named parameters: " + signature.describeForms();
    }
    return family()
        + " takes at most "
        + positional.size()
        + " values: "
        + String.join(", ", positional);
  }

  private ValueSyntaxException at(int offset, String reason) {
    return new ValueSyntaxException(text(), offset, reason);
  }
}
