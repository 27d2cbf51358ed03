package kubeplan.random;

import java.util.ArrayList;
import java.util.List;
import kubeplan.value.ValueSyntaxException;

/**
 * Recursive-descent reader of the {@link Call} grammar that also remembers where each parameter and
 * each list item starts and ends in the original text, so that later errors can point at them.
 */
final class CallScanner {
  private final String text;
  private int at;

  private CallScanner(String text) {
    this.text = text;
  }

  /** Where one top-level parameter sits in the text. */
  record Located(Call.Param param, int start, int valueStart, int valueEnd, List<Span> items) {}

  /** A half-open range {@code [start, end)} of the text. */
  record Span(int start, int end) {}

  /** The call and the positions of its parts. */
  record Scan(String text, Call call, int familyStart, int closeParen, List<Located> params) {}

  static boolean isName(String s) {
    if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      if (!isNamePart(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static Scan scan(String text) {
    CallScanner scanner = new CallScanner(text);
    scanner.skipBlanks();
    Scan scan = scanner.call();
    scanner.skipBlanks();
    if (scanner.at < text.length()) {
      throw scanner.error("unexpected '" + text.charAt(scanner.at) + "' after the closing ')'");
    }
    return scan;
  }

  /** The canonical text of one parameter value. */
  static String canonicalValue(String value) {
    CallScanner scanner = new CallScanner(value);
    scanner.skipBlanks();
    String canonical = scanner.value();
    scanner.skipBlanks();
    if (scanner.at < value.length()) {
      throw scanner.error("unexpected '" + value.charAt(scanner.at) + "' in a value");
    }
    return canonical;
  }

  private Scan call() {
    int familyStart = at;
    String family = name();
    if (family.isEmpty()) {
      throw error(
          at < text.length()
              ? "expected a family name such as exponential(...), got '" + text.substring(at) + "'"
              : "expected a family name such as exponential(...)");
    }
    skipBlanks();
    expect('(', "expected '(' after '" + family + "'");
    List<Located> located = new ArrayList<>();
    skipBlanks();
    if (peek() == ')') {
      at++;
      return new Scan(text, new Call(family, List.of()), familyStart, at - 1, located);
    }
    while (true) {
      located.add(param());
      skipBlanks();
      char c = peek();
      if (c == ',') {
        at++;
      } else if (c == ')') {
        at++;
        List<Call.Param> params = new ArrayList<>();
        located.forEach(l -> params.add(l.param()));
        return new Scan(text, new Call(family, params), familyStart, at - 1, located);
      } else {
        throw error(
            at < text.length()
                ? "expected ',' or ')' in " + family + "(...), got '" + c + "'"
                : "missing ')' at the end of " + family + "(...)");
      }
    }
  }

  private Located param() {
    skipBlanks();
    int start = at;
    String name = null;
    String candidate = name();
    skipBlanks();
    if (!candidate.isEmpty() && peek() == '=') {
      at++;
      name = candidate;
      skipBlanks();
    } else {
      at = start;
    }
    int valueStart = at;
    List<Span> items = new ArrayList<>();
    String value = peek() == '[' ? list(items) : value();
    return new Located(new Call.Param(name, value), start, valueStart, at, items);
  }

  private String value() {
    if (peek() == '[') {
      return list(new ArrayList<>());
    }
    int start = at;
    String candidate = name();
    int afterName = at;
    skipBlanks();
    if (!candidate.isEmpty() && peek() == '(') {
      at = start;
      return call().call().toString();
    }
    at = afterName;
    return atom(start);
  }

  private String list(List<Span> items) {
    expect('[', "expected '['");
    List<String> values = new ArrayList<>();
    skipBlanks();
    if (peek() == ']') {
      at++;
      return "[]";
    }
    while (true) {
      skipBlanks();
      int start = at;
      values.add(value());
      items.add(new Span(start, at));
      skipBlanks();
      char c = peek();
      if (c == ',') {
        at++;
      } else if (c == ']') {
        at++;
        return "[" + String.join(", ", values) + "]";
      } else {
        throw error(
            at < text.length()
                ? "expected ',' or ']' in a list, got '" + c + "'"
                : "missing ']' at the end of a list");
      }
    }
  }

  private String atom(int start) {
    while (at < text.length() && ",)]".indexOf(text.charAt(at)) < 0) {
      char c = text.charAt(at);
      if ("([=".indexOf(c) >= 0) {
        String before = text.substring(start, at).strip();
        throw error(
            before.isEmpty()
                ? "unexpected '" + c + "' where a value should start"
                : "unexpected '" + c + "' in the value '" + before + "'");
      }
      at++;
    }
    String atom = text.substring(start, at).strip();
    at = start + text.substring(start, at).stripTrailing().length();
    if (atom.isEmpty()) {
      throw error("missing value");
    }
    return atom;
  }

  private String name() {
    int start = at;
    if (at < text.length() && Character.isLetter(text.charAt(at))) {
      at++;
      while (at < text.length() && isNamePart(text.charAt(at))) {
        at++;
      }
    }
    return text.substring(start, at);
  }

  private static boolean isNamePart(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private void skipBlanks() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private char peek() {
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private void expect(char c, String message) {
    if (peek() != c) {
      throw error(message);
    }
    at++;
  }

  private ValueSyntaxException error(String reason) {
    return new ValueSyntaxException(text, Math.min(at, text.length()), reason);
  }
}
