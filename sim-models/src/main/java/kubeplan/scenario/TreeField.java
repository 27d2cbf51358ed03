package kubeplan.scenario;

import java.util.ArrayList;
import java.util.List;
import kubeplan.scenario.tree.Pointers;
import kubeplan.scenario.tree.Position;
import kubeplan.scenario.tree.SourceTree;
import tools.jackson.databind.JsonNode;

/**
 * A place in a scenario's source tree, present or not: what the reader binds one field from, and
 * where it reports that field's problems.
 */
record TreeField(SourceTree tree, String pointer) {

  /** The root of {@code tree}. */
  static TreeField root(SourceTree tree) {
    return new TreeField(tree, "");
  }

  JsonNode json() {
    return tree.at(pointer);
  }

  /** Whether the field is written (and not {@code null}). */
  boolean present() {
    JsonNode node = json();
    return !node.isMissingNode() && !node.isNull();
  }

  /** The member {@code name} of this mapping. */
  TreeField child(String name) {
    return new TreeField(tree, Pointers.child(pointer, name));
  }

  /** The elements of this list; empty when absent or not a list. */
  List<TreeField> elements() {
    List<TreeField> elements = new ArrayList<>();
    JsonNode node = json();
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        elements.add(new TreeField(tree, Pointers.child(pointer, i)));
      }
    }
    return elements;
  }

  /** Where the value starts (or its nearest written ancestor, for an absent field). */
  Position position() {
    return tree.position(pointer);
  }

  /** The user's name of the field, e.g. {@code services[0].serviceTime}. */
  String name() {
    return tree.field(pointer);
  }

  /** The value as text: strings as written, numbers and booleans in YAML's spelling. */
  String text() {
    JsonNode node = json();
    return node.isString() ? node.asString() : node.toString();
  }
}
