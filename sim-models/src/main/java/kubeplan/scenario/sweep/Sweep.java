package kubeplan.scenario.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kubeplan.random.Call;
import kubeplan.scenario.Problems;
import kubeplan.scenario.Suggestion;
import kubeplan.scenario.SweepValue;
import kubeplan.scenario.tree.Pointers;
import kubeplan.scenario.tree.Position;
import kubeplan.scenario.tree.SourceTree;
import kubeplan.value.ValueSyntaxException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The {@code sweep:} of a scenario: its keys resolved to the places they set, and its points, the
 * cartesian product of the keys' values in row-major order (the first key varies slowest). Each
 * point is a whole scenario tree, read and checked like a file; a swept value's problems are
 * reported where the sweep writes it.
 */
public final class Sweep {
  /** The most points a sweep may have. */
  public static final int MAX_POINTS = 10_000;

  private final SourceTree base;
  private final List<Key> keys;

  private record Key(String text, String pointer, List<SweepTarget> targets, int size) {}

  /**
   * A point of the sweep.
   *
   * @param tree the scenario tree with the point's values in place
   * @param values each key as written → its value here, in key order
   */
  public record Point(SourceTree tree, Map<String, SweepValue> values) {}

  private Sweep(SourceTree base, List<Key> keys) {
    this.base = base;
    this.keys = keys;
  }

  /**
   * The sweep of {@code tree}; a sweep of one point (the tree itself) when it has none, or when a
   * key names nothing (reported in {@code problems}).
   *
   * @param schema the scenario schema, which says which names exist where
   */
  public static Sweep of(SourceTree tree, JsonNode schema, Problems problems) {
    JsonNode sweep = tree.at("/sweep");
    if (!sweep.isObject()) {
      return new Sweep(tree, List.of());
    }
    List<Key> keys = new ArrayList<>();
    boolean failed = false;
    long points = 1;
    for (String text : sweep.propertyNames()) {
      String pointer = Pointers.child("/sweep", text);
      Optional<List<SweepTarget>> targets =
          new KeyResolver(tree, schema, text, tree.keyPosition(pointer), problems).resolve();
      JsonNode values = sweep.get(text);
      if (targets.isEmpty() || !values.isArray() || values.isEmpty()) {
        failed = true;
        continue;
      }
      points *= values.size();
      if (points > MAX_POINTS) {
        problems.add(
            tree.keyPosition(pointer),
            "sweep." + text,
            "the sweep has more than " + MAX_POINTS + " points; sweep fewer values");
        failed = true;
        break;
      }
      keys.add(new Key(text, pointer, targets.get(), values.size()));
    }
    return new Sweep(tree, failed ? List.of() : keys);
  }

  /** The keys in the order written (empty without a sweep). */
  public List<String> keys() {
    return keys.stream().map(Key::text).toList();
  }

  /** How many points: the product of the keys' value counts, 1 without a sweep. */
  public int size() {
    int size = 1;
    for (Key key : keys) {
      size *= key.size();
    }
    return size;
  }

  /**
   * Point {@code index} (0-based, row-major, first key slowest), or empty when one of its values
   * cannot be put in place (reported in {@code problems}).
   */
  public Optional<Point> point(int index, Problems problems) {
    SourceTree tree = base;
    Map<String, SweepValue> values = new LinkedHashMap<>();
    int stride = size();
    int rest = index;
    boolean failed = false;
    for (Key key : keys) {
      stride /= key.size();
      int choice = rest / stride;
      rest %= stride;
      String valuePointer = Pointers.child(key.pointer(), choice);
      JsonNode value = base.at(valuePointer);
      for (SweepTarget target : key.targets()) {
        Optional<SourceTree> set = set(tree, target, valuePointer, key.text(), problems);
        if (set.isEmpty()) {
          failed = true;
        } else {
          tree = set.get();
        }
      }
      values.put(key.text(), key.targets().get(0).kind().value(value));
    }
    return failed ? Optional.empty() : Optional.of(new Point(tree, values));
  }

  private Optional<SourceTree> set(
      SourceTree tree, SweepTarget target, String valuePointer, String key, Problems problems) {
    if (target.parameter().isEmpty()) {
      return Optional.of(tree.graft(target.pointer(), base, valuePointer));
    }
    JsonNode value = base.at(valuePointer);
    String valueText = value.isString() ? value.asString() : value.toString();
    Position valueAt = base.position(valuePointer);
    String name = target.parameter().get();
    try {
      String changed =
          Call.parse(tree.at(target.pointer()).asString()).with(name, valueText).toString();
      int start = changed.indexOf(name + "=");
      int shift = start < 0 ? 0 : -(start + name.length() + 1);
      return Optional.of(
          tree.graft(
              target.pointer(),
              JsonNodeFactory.instance.stringNode(changed),
              valueAt.shifted(shift)));
    } catch (ValueSyntaxException e) {
      problems.add(valueAt.at(e.offset()), "sweep." + key, e.reason());
      return Optional.empty();
    }
  }

  /** Resolves one key against the tree, walking the schema beside it. */
  private static final class KeyResolver {
    private final SourceTree tree;
    private final JsonNode schema;
    private final String text;
    private final Position at;
    private final Problems problems;

    KeyResolver(SourceTree tree, JsonNode schema, String text, Position at, Problems problems) {
      this.tree = tree;
      this.schema = schema;
      this.text = text;
      this.at = at;
      this.problems = problems;
    }

    Optional<List<SweepTarget>> resolve() {
      int[] error = {0};
      Optional<SweepKey> key = SweepKey.parse(text, error);
      if (key.isEmpty()) {
        problems.add(
            at.at(error[0]),
            "sweep." + text,
            "a sweep key is names joined by '.', each with an optional [name] or [*]");
        return Optional.empty();
      }
      List<String> pointers = List.of("");
      JsonNode node = schema;
      List<SweepKey.Segment> segments = key.get().segments();
      for (int s = 0; s < segments.size(); s++) {
        SweepKey.Segment segment = segments.get(s);
        JsonNode resolved = resolve(node);
        if (isCall(resolved)) {
          return parameter(pointers, resolved, segments.subList(s, segments.size()));
        }
        if (resolved.path("type").asString("").equals("array")) {
          String list = segments.get(s - 1).name();
          return fail("'" + list + "' is a list; write " + list + "[name] or " + list + "[*]");
        }
        Optional<JsonNode> member = member(resolved, segment.name());
        if (member.isEmpty()) {
          List<String> known = new ArrayList<>(resolve(node).path("properties").propertyNames());
          return fail(
              "'"
                  + segment.name()
                  + "' is not a field there"
                  + Suggestion.nearest(segment.name(), known)
                      .map(n -> "; did you mean '" + n + "'?")
                      .orElse(""));
        }
        node = member.get();
        List<String> next = new ArrayList<>();
        for (String pointer : pointers) {
          next.add(Pointers.child(pointer, segment.name()));
        }
        pointers = next;
        if (segment.selector().isPresent()) {
          Optional<List<String>> selected = select(pointers, segment);
          if (selected.isEmpty()) {
            return Optional.empty();
          }
          pointers = selected.get();
          node = resolve(node).path("items");
        }
      }
      ValueKind kind = kind(node, segments.get(segments.size() - 1).name());
      List<SweepTarget> targets = new ArrayList<>();
      for (String pointer : pointers) {
        targets.add(new SweepTarget(pointer, Optional.empty(), kind));
      }
      return Optional.of(targets);
    }

    private Optional<List<String>> select(List<String> pointers, SweepKey.Segment segment) {
      List<String> selected = new ArrayList<>();
      String wanted = segment.selector().get();
      List<String> names = new ArrayList<>();
      for (String pointer : pointers) {
        JsonNode list = tree.at(pointer);
        for (int i = 0; i < list.size(); i++) {
          String name = list.get(i).path("name").asString("");
          names.add(name);
          if (wanted.equals("*") || wanted.equals(name)) {
            selected.add(Pointers.child(pointer, i));
          }
        }
      }
      if (selected.isEmpty()) {
        fail(
            wanted.equals("*")
                ? segment.name() + " has no entries"
                : "no "
                    + segment.name()
                    + " entry is named '"
                    + wanted
                    + "'"
                    + Suggestion.nearest(wanted, names)
                        .map(n -> "; did you mean '" + n + "'?")
                        .orElse(""));
        return Optional.empty();
      }
      return Optional.of(selected);
    }

    /**
     * A key that reaches into a distribution or arrival process: its last segment names a
     * parameter.
     */
    private Optional<List<SweepTarget>> parameter(
        List<String> pointers, JsonNode node, List<SweepKey.Segment> rest) {
      if (rest.size() != 1 || rest.get(0).selector().isPresent()) {
        return fail("a distribution's parameter is the last part of a key");
      }
      String name = rest.get(0).name();
      List<SweepTarget> targets = new ArrayList<>();
      for (String pointer : pointers) {
        JsonNode written = tree.at(pointer);
        if (!written.isString()) {
          return fail(
              "'"
                  + Pointers.segments(pointer).get(Pointers.segments(pointer).size() - 1)
                  + "' is not written, so it has no parameter '"
                  + name
                  + "'");
        }
        Call call;
        try {
          call = Call.parse(written.asString());
        } catch (ValueSyntaxException e) {
          return fail(
              "'"
                  + written.asString()
                  + "' has no named parameters; write it as"
                  + " family("
                  + name
                  + "=…)");
        }
        if (call.value(name) == null) {
          List<String> names = new ArrayList<>();
          call.params()
              .forEach(
                  p -> {
                    if (p.name() != null) {
                      names.add(p.name());
                    }
                  });
          return fail(
              "'"
                  + written.asString()
                  + "' has no parameter '"
                  + name
                  + "'"
                  + (names.isEmpty() ? "" : "; it has " + String.join(", ", names)));
        }
        targets.add(new SweepTarget(pointer, Optional.of(name), ValueKind.PARAMETER));
      }
      return Optional.of(targets);
    }

    private Optional<List<SweepTarget>> fail(String reason) {
      problems.add(at, "sweep." + text, "the key names nothing: " + reason);
      return Optional.empty();
    }

    private JsonNode resolve(JsonNode node) {
      JsonNode current = node;
      while (current.has("$ref")) {
        current = schema.at(current.get("$ref").asString().substring(1));
      }
      return current;
    }

    /** The schema of member {@code name} of an object schema, if it allows one of that name. */
    private Optional<JsonNode> member(JsonNode object, String name) {
      JsonNode properties = object.path("properties");
      if (properties.has(name)) {
        return Optional.of(properties.get(name));
      }
      JsonNode additional = object.path("additionalProperties");
      return additional.isObject() ? Optional.of(additional) : Optional.empty();
    }

    /** Whether values of this schema are calls (distributions or arrival processes). */
    private boolean isCall(JsonNode node) {
      return node == schema.at("/$defs/timeDistribution")
          || node == schema.at("/$defs/sizeDistribution")
          || node == schema.at("/$defs/workload/properties/arrivals");
    }

    private ValueKind kind(JsonNode node, String field) {
      if (node.has("$ref")) {
        String def = node.get("$ref").asString().substring("#/$defs/".length());
        switch (def) {
          case "duration":
            return ValueKind.DURATION;
          case "rate":
            return ValueKind.RATE;
          case "size":
            return ValueKind.SIZE;
          case "bandwidth":
            return ValueKind.BANDWIDTH;
          case "quantity":
            return field.equals("memory") ? ValueKind.MEMORY : ValueKind.CPU;
          case "percentage":
            return ValueKind.PERCENTAGE;
          case "money":
            return ValueKind.NUMBER;
          case "timeDistribution":
            return ValueKind.TIME_DISTRIBUTION;
          case "sizeDistribution":
            return ValueKind.SIZE_DISTRIBUTION;
          default:
            return ValueKind.TEXT;
        }
      }
      for (JsonNode branch : node.path("anyOf")) {
        ValueKind kind = kind(branch, field);
        if (kind != ValueKind.TEXT) {
          return kind;
        }
      }
      String type = node.path("type").asString("");
      return type.equals("integer") || type.equals("number") ? ValueKind.NUMBER : ValueKind.TEXT;
    }
  }
}
