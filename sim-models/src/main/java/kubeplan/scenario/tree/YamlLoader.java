package kubeplan.scenario.tree;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kubeplan.scenario.Problems;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads YAML files (one or many documents) into {@link SourceTree}s, refusing what could exhaust
 * memory or stack: files over {@link #MAX_BYTES}, aliases that expand to more than {@link
 * #MAX_ALIASED_NODES} nodes (the "billion laughs"), and nesting too deep to parse. Scalars are
 * typed by the YAML 1.2 core schema, so {@code yes} stays a string; duplicate keys are errors.
 */
public final class YamlLoader {
  /** The largest file read: far above any scenario or manifest bundle, far below the heap. */
  public static final long MAX_BYTES = 16L * 1024 * 1024;

  /** The most nodes that aliases may add to a file by repeating anchored collections. */
  public static final int MAX_ALIASED_NODES = 100_000;

  private static final int MAX_ALIASES = 100;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private YamlLoader() {}

  /**
   * The documents of {@code file}, in order, or empty when it cannot be read or parsed (the reasons
   * then are in {@code problems}).
   *
   * @param shownAs the name of the file in problems (as the user wrote it)
   */
  public static Optional<YamlFile> load(Path file, Path shownAs, Problems problems) {
    Position start = Position.startOf(shownAs);
    Optional<byte[]> bytes = read(file, start, problems);
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> text = decode(bytes.get(), start, problems);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(shownAs.toString())
            .setSchema(new CoreSchema())
            .setMaxAliasesForCollections(MAX_ALIASES)
            .setAllowRecursiveKeys(false)
            .setCodePointLimit((int) MAX_BYTES)
            .build();
    List<SourceTree> documents = new ArrayList<>();
    try {
      for (Node document : new Compose(settings).composeAllFromString(text.get())) {
        if (Tag.NULL.equals(document.getTag())) {
          continue;
        }
        Converter converter = new Converter(shownAs, problems);
        JsonNode root = converter.convert(document, "");
        if (converter.failed) {
          return Optional.empty();
        }
        documents.add(new SourceTree(root, converter.values, converter.keys));
      }
    } catch (MarkedYamlEngineException e) {
      Position at =
          e.getProblemMark().or(e::getContextMark).map(m -> position(shownAs, m, 0)).orElse(start);
      problems.add(at, "", "YAML syntax: " + describe(e));
      return Optional.empty();
    } catch (YamlEngineException e) {
      problems.add(start, "", "YAML: " + e.getMessage());
      return Optional.empty();
    } catch (StackOverflowError e) {
      // The YAML parser and the conversion recurse once per nesting level and offer no depth
      // limit; a hostile file nesting thousands of levels deep ends here, its parse abandoned.
      problems.add(start, "", "the YAML nests too deeply to read (thousands of levels)");
      return Optional.empty();
    }
    return Optional.of(new YamlFile(shownAs, Digests.sha256(bytes.get()), documents));
  }

  private static Optional<byte[]> read(Path file, Position start, Problems problems) {
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        problems.add(
            start,
            "",
            "file is " + size + " bytes, more than the limit of " + MAX_BYTES + " bytes (16 MiB)");
        return Optional.empty();
      }
      return Optional.of(Files.readAllBytes(file));
    } catch (IOException e) {
      problems.add(start, "", "cannot read file: " + reason(e));
      return Optional.empty();
    }
  }

  private static Optional<String> decode(byte[] bytes, Position start, Problems problems) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      problems.add(start, "", "file is not UTF-8 text");
      return Optional.empty();
    }
  }

  /** The reason of an I/O failure in a user's words, not an exception class name. */
  public static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static String describe(MarkedYamlEngineException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    String context = e.getContext() == null ? "" : e.getContext();
    return context.isEmpty() ? problem : problem + " (" + context + ")";
  }

  private static Position position(Path file, Mark mark, int shift) {
    return new Position(file, mark.getLine() + 1, mark.getColumn() + 1, shift);
  }

  /** Turns one composed document into JSON nodes, noting positions and counting alias growth. */
  private static final class Converter {
    private final Path file;
    private final Problems problems;
    private final Map<String, Position> values = new HashMap<>();
    private final Map<String, Position> keys = new HashMap<>();
    private final Map<Node, Integer> sizes = new IdentityHashMap<>();
    private int aliasedNodes;
    private boolean failed;

    Converter(Path file, Problems problems) {
      this.file = file;
      this.problems = problems;
    }

    JsonNode convert(Node node, String pointer) {
      Integer seenSize = sizes.get(node);
      if (seenSize != null) {
        aliasedNodes += seenSize;
        if (aliasedNodes > MAX_ALIASED_NODES && !failed) {
          failed = true;
          problems.add(
              positionOf(node),
              "",
              "aliases of this anchor expand the file to more than "
                  + MAX_ALIASED_NODES
                  + " extra nodes; write the values out instead");
        }
      }
      if (failed) {
        return NODES.nullNode();
      }
      values.put(pointer, positionOf(node));
      int before = values.size();
      JsonNode converted =
          switch (node.getNodeType()) {
            case MAPPING -> mapping((MappingNode) node, pointer);
            case SEQUENCE -> sequence((SequenceNode) node, pointer);
            default -> scalar((ScalarNode) node);
          };
      if (seenSize == null) {
        sizes.put(node, 1 + values.size() - before);
      }
      return converted;
    }

    private ObjectNode mapping(MappingNode node, String pointer) {
      ObjectNode object = NODES.objectNode();
      Map<String, Position> seen = new HashMap<>();
      for (NodeTuple tuple : node.getValue()) {
        Node keyNode = tuple.getKeyNode();
        Position keyAt = positionOf(keyNode);
        if (!(keyNode instanceof ScalarNode scalarKey)) {
          problems.add(keyAt, "", "a key must be a plain name, not a list or mapping");
          continue;
        }
        String key = scalarKey.getValue();
        Position first = seen.putIfAbsent(key, keyAt);
        if (first != null) {
          problems.add(
              keyAt, "", "duplicate key '" + key + "' (first at line " + first.line() + ")");
          continue;
        }
        String child = Pointers.child(pointer, key);
        keys.put(child, keyAt);
        object.set(key, convert(tuple.getValueNode(), child));
      }
      return object;
    }

    private ArrayNode sequence(SequenceNode node, String pointer) {
      ArrayNode array = NODES.arrayNode();
      List<Node> items = node.getValue();
      for (int i = 0; i < items.size(); i++) {
        array.add(convert(items.get(i), Pointers.child(pointer, i)));
      }
      return array;
    }

    private JsonNode scalar(ScalarNode node) {
      String text = node.getValue();
      Tag tag = node.getTag();
      if (Tag.NULL.equals(tag)) {
        return NODES.nullNode();
      }
      if (Tag.BOOL.equals(tag)) {
        return NODES.booleanNode(text.equalsIgnoreCase("true"));
      }
      if (Tag.INT.equals(tag)) {
        BigInteger value = integer(text);
        if (value.bitLength() < Integer.SIZE) {
          return NODES.numberNode(value.intValue());
        }
        return value.bitLength() < Long.SIZE
            ? NODES.numberNode(value.longValue())
            : NODES.numberNode(value);
      }
      if (Tag.FLOAT.equals(tag)) {
        return NODES.numberNode(floating(text));
      }
      if (!Tag.STR.equals(tag)) {
        problems.add(positionOf(node), "", "unsupported YAML tag " + tag + "; write a plain value");
      }
      return NODES.textNode(text);
    }

    private static BigInteger integer(String text) {
      String digits = text.startsWith("+") ? text.substring(1) : text;
      if (digits.startsWith("0x")) {
        return new BigInteger(digits.substring(2), 16);
      }
      if (digits.startsWith("0o")) {
        return new BigInteger(digits.substring(2), 8);
      }
      return new BigInteger(digits);
    }

    private static double floating(String text) {
      String lower = text.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".nan")) {
        return Double.NaN;
      }
      if (lower.endsWith(".inf")) {
        return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      }
      return Double.parseDouble(text);
    }

    private Position positionOf(Node node) {
      boolean quoted =
          node instanceof ScalarNode scalar
              && (scalar.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED
                  || scalar.getScalarStyle() == ScalarStyle.SINGLE_QUOTED);
      return node.getStartMark()
          .map(m -> position(file, m, quoted ? 1 : 0))
          .orElse(Position.startOf(file));
    }
  }
}
