package kubeplan.scenario.tree;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One YAML document as a JSON tree, with the position of every value and every mapping key, so that
 * anything found wrong in it can be reported where the user wrote it. Nodes are addressed by JSON
 * pointers ({@code /services/0/name}). A tree is never changed once built: {@link #graft} returns a
 * new one.
 */
public final class SourceTree {
  private final JsonNode root;
  private final Map<String, Position> values;
  private final Map<String, Position> keys;

  SourceTree(JsonNode root, Map<String, Position> values, Map<String, Position> keys) {
    this.root = Objects.requireNonNull(root, "root");
    this.values = values;
    this.keys = keys;
  }

  /** The document's root node; callers must not modify it. */
  public JsonNode root() {
    return root;
  }

  /** The node at {@code pointer}, or a missing node. */
  public JsonNode at(String pointer) {
    return root.at(pointer);
  }

  /** Where the value at {@code pointer} starts, or where its nearest written ancestor starts. */
  public Position position(String pointer) {
    String current = pointer;
    while (true) {
      Position found = values.get(current);
      if (found != null) {
        return found;
      }
      current = Pointers.parent(current);
    }
  }

  /** Where the key of the member at {@code pointer} starts, or else where its value starts. */
  public Position keyPosition(String pointer) {
    Position key = keys.get(pointer);
    return key != null ? key : position(pointer);
  }

  /**
   * The user's name for the node at {@code pointer}: {@code services[0].serviceTime}, with list
   * indices in brackets and member names joined by dots.
   */
  public String field(String pointer) {
    StringBuilder field = new StringBuilder();
    JsonNode node = root;
    for (String segment : Pointers.segments(pointer)) {
      if (node != null && node.isArray()) {
        field.append('[').append(segment).append(']');
      } else {
        if (field.length() > 0) {
          field.append('.');
        }
        field.append(segment);
      }
      node = node == null ? null : child(node, segment);
    }
    return field.toString();
  }

  /**
   * A copy of this tree with {@code value} at {@code pointer} (created, with missing parent
   * mappings, if absent) whose positions are those of {@code fromPointer} in {@code from}.
   */
  public SourceTree graft(String pointer, SourceTree from, String fromPointer) {
    JsonNode value = from.at(fromPointer);
    Map<String, Position> newValues = without(values, pointer);
    Map<String, Position> newKeys = without(keys, pointer);
    from.values.forEach(
        (p, position) -> {
          if (Pointers.isWithin(p, fromPointer)) {
            newValues.put(pointer + p.substring(fromPointer.length()), position);
          }
        });
    from.keys.forEach(
        (p, position) -> {
          if (Pointers.isWithin(p, fromPointer) && !p.equals(fromPointer)) {
            newKeys.put(pointer + p.substring(fromPointer.length()), position);
          }
        });
    Position fromKey = from.keys.get(fromPointer);
    if (!keys.containsKey(pointer) && fromKey != null) {
      newKeys.put(pointer, fromKey);
    }
    return new SourceTree(replaced(pointer, value.deepCopy()), newValues, newKeys);
  }

  /** A copy of this tree with {@code value} at {@code pointer}, written at {@code position}. */
  public SourceTree graft(String pointer, JsonNode value, Position position) {
    Map<String, Position> newValues = without(values, pointer);
    Map<String, Position> newKeys = without(keys, pointer);
    newValues.put(pointer, position);
    if (keys.containsKey(pointer)) {
      newKeys.put(pointer, keys.get(pointer));
    }
    return new SourceTree(replaced(pointer, value.deepCopy()), newValues, newKeys);
  }

  private JsonNode replaced(String pointer, JsonNode value) {
    if (pointer.isEmpty()) {
      return value;
    }
    JsonNode copy = root.deepCopy();
    JsonNode parent = copy;
    var segments = Pointers.segments(pointer);
    for (int i = 0; i < segments.size() - 1; i++) {
      String segment = segments.get(i);
      JsonNode next = child(parent, segment);
      if (next == null || !next.isContainer()) {
        next = JsonNodeFactory.instance.objectNode();
        set(parent, segment, next);
      }
      parent = next;
    }
    set(parent, segments.get(segments.size() - 1), value);
    return copy;
  }

  private static JsonNode child(JsonNode parent, String segment) {
    if (parent.isArray()) {
      return segment.chars().allMatch(Character::isDigit) && !segment.isEmpty()
          ? parent.get(Integer.parseInt(segment))
          : null;
    }
    return parent.get(segment);
  }

  private static void set(JsonNode parent, String segment, JsonNode value) {
    if (parent instanceof ArrayNode array) {
      int index = Integer.parseInt(segment);
      if (index == array.size()) {
        array.add(value);
      } else {
        array.set(index, value);
      }
    } else {
      ((ObjectNode) parent).set(segment, value);
    }
  }

  private static Map<String, Position> without(Map<String, Position> positions, String pointer) {
    Map<String, Position> copy = new HashMap<>(positions);
    copy.keySet().removeIf(p -> Pointers.isWithin(p, pointer));
    return copy;
  }
}
