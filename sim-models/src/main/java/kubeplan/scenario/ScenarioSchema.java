package kubeplan.scenario;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kubeplan.scenario.tree.Pointers;
import kubeplan.scenario.tree.SourceTree;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The structure of scenario files as a JSON Schema shipped in the jar ({@code
 * kubeplan/scenario/scenario.schema.yaml}), which editors can also use. Checks every field's type,
 * allowed words, bounds and required fields, and reports each error where it was written.
 */
public final class ScenarioSchema {
  /** The schema's resource name, for editors and tools. */
  public static final String RESOURCE = "kubeplan/scenario/scenario.schema.yaml";

  private static final ScenarioSchema INSTANCE = new ScenarioSchema();

  private final JsonNode document;
  private final Schema schema;

  private ScenarioSchema() {
    try (InputStream in = ScenarioSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the scenario schema is missing from the jar: " + RESOURCE);
      }
      document = YAMLMapper.builder().build().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the scenario schema " + RESOURCE, e);
    }
    schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(document);
  }

  /** The schema, loaded once from the jar. */
  public static ScenarioSchema get() {
    return INSTANCE;
  }

  /** The schema document itself (a JSON tree; callers must not modify it). */
  public JsonNode document() {
    return document;
  }

  /**
   * Checks {@code tree} against the schema, adding one problem per error to {@code problems}. A
   * value that fits no branch of an {@code anyOf} gets one problem naming what was expected, unless
   * its shape fits a branch and the errors are inside it (then those are reported).
   */
  public void check(SourceTree tree, Problems problems) {
    List<Error> errors = schema.validate(tree.root());
    List<String> pointers = new ArrayList<>();
    for (Error error : errors) {
      pointers.add(pointer(error.getInstanceLocation()));
    }
    Set<String> reported = new HashSet<>();
    for (int i = 0; i < errors.size(); i++) {
      Error error = errors.get(i);
      String pointer = pointers.get(i);
      String schemaPointer = error.getSchemaLocation().getFragment().toString();
      int anyOf = schemaPointer.lastIndexOf("/anyOf/");
      if (anyOf < 0) {
        report(error, pointer, schemaPointer, tree, problems);
      } else if (pointers.stream()
              .noneMatch(p -> !p.equals(pointer) && Pointers.isWithin(p, pointer))
          && reported.add(pointer)) {
        problems.add(
            tree.position(pointer),
            tree.field(pointer),
            "expected "
                + title(schemaPointer.substring(0, anyOf))
                + ", got "
                + shown(tree.at(pointer)));
      }
    }
  }

  private void report(
      Error error, String pointer, String schemaPointer, SourceTree tree, Problems problems) {
    JsonNode value = tree.at(pointer);
    String field = tree.field(pointer);
    switch (error.getKeyword()) {
      case "additionalProperties" -> {
        String child = Pointers.child(pointer, error.getProperty());
        Set<String> known = knownProperties(Pointers.parent(schemaPointer));
        String suggestion =
            Suggestion.nearest(error.getProperty(), known)
                .map(name -> "; did you mean '" + name + "'?")
                .orElse(known.isEmpty() ? "" : "; known keys: " + String.join(", ", known));
        problems.add(
            tree.keyPosition(child),
            tree.field(child),
            "unknown key '" + error.getProperty() + "'" + suggestion);
      }
      case "required" ->
          problems.add(
              tree.keyPosition(pointer),
              field.isEmpty() ? error.getProperty() : field + "." + error.getProperty(),
              "required field '" + error.getProperty() + "' is missing");
      case "type" ->
          problems.add(
              tree.position(pointer),
              field,
              "expected " + title(Pointers.parent(schemaPointer)) + ", got " + shown(value));
      case "enum" -> {
        List<String> allowed = new ArrayList<>();
        error.getSchemaNode().forEach(word -> allowed.add(word.asString()));
        String suggestion =
            value.isString()
                ? Suggestion.nearest(value.asString(), allowed)
                    .map(word -> "; did you mean '" + word + "'?")
                    .orElse("")
                : "";
        problems.add(
            tree.position(pointer),
            field,
            shown(value) + " is not one of " + String.join(", ", allowed) + suggestion);
      }
      case "minItems", "minProperties" ->
          problems.add(
              tree.position(pointer),
              field,
              error.getSchemaNode().asInt() <= 1
                  ? "must not be empty"
                  : "needs at least " + error.getSchemaNode().asInt() + " entries");
      case "minLength" -> problems.add(tree.position(pointer), field, "must not be empty");
      case "pattern" ->
          problems.add(
              tree.position(pointer),
              field,
              shown(value) + " is not " + title(Pointers.parent(schemaPointer)));
      case "minimum" ->
          problems.add(
              tree.position(pointer),
              field,
              shown(value) + " is below the minimum " + bound(error));
      case "maximum" ->
          problems.add(
              tree.position(pointer),
              field,
              shown(value) + " is above the maximum " + bound(error));
      case "exclusiveMinimum" ->
          problems.add(
              tree.position(pointer),
              field,
              shown(value) + " must be greater than " + bound(error));
      case "exclusiveMaximum" ->
          problems.add(
              tree.position(pointer), field, shown(value) + " must be less than " + bound(error));
      default -> problems.add(tree.position(pointer), field, error.getMessage());
    }
  }

  private static String bound(Error error) {
    return error.getSchemaNode().asString();
  }

  /** The names a schema object at {@code schemaPointer} allows, in the order written. */
  private Set<String> knownProperties(String schemaPointer) {
    Set<String> names = new LinkedHashSet<>();
    document.at(schemaPointer + "/properties").propertyNames().forEach(names::add);
    return names;
  }

  /** What the schema calls the value at {@code schemaPointer}, following one {@code $ref}. */
  private String title(String schemaPointer) {
    JsonNode node = document.at(schemaPointer);
    Optional<String> title = Optional.ofNullable(node.get("title")).map(JsonNode::asString);
    if (title.isEmpty() && node.has("$ref")) {
      return title(node.get("$ref").asString().substring(1));
    }
    return title.orElse("another value");
  }

  /** A value as a user would recognise it in a message. */
  static String shown(JsonNode value) {
    if (value.isMissingNode() || value.isNull()) {
      return "nothing";
    }
    if (value.isString()) {
      return "'" + value.asString() + "'";
    }
    if (value.isNumber()) {
      return value.asString();
    }
    if (value.isBoolean()) {
      return value.asString();
    }
    return value.isArray() ? "a list" : "a mapping";
  }

  private static String pointer(NodePath path) {
    String pointer = "";
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      pointer =
          element instanceof Integer index
              ? Pointers.child(pointer, index)
              : Pointers.child(pointer, element.toString());
    }
    return pointer;
  }
}
