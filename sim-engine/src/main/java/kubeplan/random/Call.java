package kubeplan.random;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The syntax of a call such as {@code lognormal(median=60us, p99=250us)}: a family and its
 * parameters, named or positional, unchecked. Values are kept as canonical text and may be nested
 * calls ({@code thinkTime=exponential(mean=1s)}) or lists ({@code rates=[100/s, 1000/s]}).
 *
 * <pre>
 *   call  := name "(" [param ("," param)*] ")"
 *   param := [name "="] value
 *   value := call | "[" [value ("," value)*] "]" | atom     -- atom: no , ( ) [ ] =
 *   name  := letter (letter | digit | "_")*
 * </pre>
 *
 * <p>The canonical text ({@link #toString()}) has no blanks except one after each comma; it parses
 * back to an equal {@code Call}.
 */
public record Call(String family, List<Param> params) {
  /**
   * One parameter as written.
   *
   * @param name the parameter's name, or {@code null} for a positional value
   * @param value its canonical text
   */
  public record Param(String name, String value) {
    /**
     * @throws IllegalArgumentException if the name is not a name or the value is blank
     */
    public Param {
      if (name != null && !CallScanner.isName(name)) {
        throw new IllegalArgumentException("not a parameter name: '" + name + "'");
      }
      if (value.isBlank()) {
        throw new IllegalArgumentException("parameter " + name + " has no value");
      }
    }

    @Override
    public String toString() {
      return name == null ? value : name + "=" + value;
    }
  }

  /**
   * @throws IllegalArgumentException if {@code family} is not a name
   */
  public Call {
    if (!CallScanner.isName(family)) {
      throw new IllegalArgumentException("not a family name: '" + family + "'");
    }
    params = List.copyOf(params);
  }

  /**
   * Parses the syntax of a call, without knowing its family.
   *
   * @throws kubeplan.value.ValueSyntaxException at the first character that breaks the grammar
   */
  public static Call parse(String text) {
    return CallScanner.scan(text).call();
  }

  /** The value of the parameter named {@code name}, or {@code null} if it has none. */
  public String value(String name) {
    for (Param p : params) {
      if (name.equals(p.name())) {
        return p.value();
      }
    }
    return null;
  }

  /**
   * This call with the parameter {@code name} set to {@code value}: the first parameter of that
   * name is replaced in place, or the parameter is appended. Sweeps use it, e.g. {@code
   * workload.arrivals.rate: [500/s, 1000/s]} on {@code poisson(rate=2000/s)}.
   *
   * @param value the value's text; it is put in canonical form
   * @throws kubeplan.value.ValueSyntaxException if {@code value} is not a valid value
   */
  public Call with(String name, String value) {
    Param replacement = new Param(Objects.requireNonNull(name), CallScanner.canonicalValue(value));
    List<Param> changed = new ArrayList<>(params);
    for (int i = 0; i < changed.size(); i++) {
      if (name.equals(changed.get(i).name())) {
        changed.set(i, replacement);
        return new Call(family, changed);
      }
    }
    changed.add(replacement);
    return new Call(family, changed);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(family).append('(');
    for (int i = 0; i < params.size(); i++) {
      text.append(i == 0 ? "" : ", ").append(params.get(i));
    }
    return text.append(')').toString();
  }
}
