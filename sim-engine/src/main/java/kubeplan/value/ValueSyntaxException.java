package kubeplan.value;

/**
 * A value or distribution text that breaks the grammar or a domain rule. It carries the text, the
 * 0-based offset of the offending part and the reason, so that a reader that knows the file, line
 * and column can point at the exact character.
 */
public class ValueSyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String text;
  private final int offset;
  private final String reason;

  /**
   * @param text the whole text that was parsed
   * @param offset 0-based index into {@code text} of the offending part, in {@code [0, length]}
   * @param reason one line naming the value and the rule it breaks
   */
  public ValueSyntaxException(String text, int offset, String reason) {
    super(reason);
    if (offset < 0 || offset > text.length()) {
      throw new IllegalArgumentException(
          "offset " + offset + " outside the text '" + text + "' (length " + text.length() + ")");
    }
    this.text = text;
    this.offset = offset;
    this.reason = reason;
  }

  /** The whole text that was parsed. */
  public String text() {
    return text;
  }

  /** The 0-based index into {@link #text()} where the problem is. */
  public int offset() {
    return offset;
  }

  /** The rule that was broken, naming the value; the same as {@link #getMessage()}. */
  public String reason() {
    return reason;
  }

  /**
   * The same problem seen from an enclosing text in which this exception's text starts at {@code
   * start}, e.g. a parameter value inside a distribution call.
   *
   * @param outer the enclosing text
   * @param start where {@link #text()} begins inside {@code outer}
   * @param prefix put before the reason (such as {@code "lognormal mean: "}), or empty
   */
  public ValueSyntaxException within(String outer, int start, String prefix) {
    return new ValueSyntaxException(outer, start + offset, prefix + reason);
  }
}
