package kubeplan.random;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The parameters one family accepts: one or more alternative forms (such as {@code mean+cv} or
 * {@code median+p99}), each a set of required names, plus optional names allowed with any form.
 * Positional values are allowed only for a family with a single form, in its declared order.
 *
 * @param family the family's name, for messages
 * @param forms the alternative sets of required parameters, in order of preference
 * @param optional parameters any form may add
 */
public record Signature(String family, List<List<String>> forms, List<String> optional) {
  /**
   * @throws IllegalArgumentException if there is no form
   */
  public Signature {
    if (forms.isEmpty()) {
      throw new IllegalArgumentException(family + " needs at least one form");
    }
    forms = forms.stream().map(List::copyOf).toList();
    optional = List.copyOf(optional);
  }

  /** A family with one form: positional values are taken in this order. */
  public static Signature of(String family, List<String> required, List<String> optional) {
    return new Signature(family, List.of(required), optional);
  }

  /** Every name the family knows, in declaration order. */
  public Set<String> names() {
    Set<String> names = new LinkedHashSet<>();
    forms.forEach(names::addAll);
    names.addAll(optional);
    return Collections.unmodifiableSet(names);
  }

  /** The order positional values take, or an empty list if the family has several forms. */
  List<String> positionalOrder() {
    if (forms.size() > 1) {
      return List.of();
    }
    List<String> order = new ArrayList<>(forms.get(0));
    order.addAll(optional);
    return order;
  }

  /** The forms as a user writes them: {@code "mean+cv, median+p99 or mu+sigma"}. */
  String describeForms() {
    List<String> described = forms.stream().map(f -> String.join("+", f)).toList();
    if (described.size() == 1) {
      return described.get(0);
    }
    return String.join(", ", described.subList(0, described.size() - 1))
        + " or "
        + described.get(described.size() - 1);
  }
}
