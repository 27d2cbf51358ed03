package kubeplan.scenario.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The syntax of a sweep key: member names joined by dots, each optionally followed by one selector
 * in brackets, {@code *} for every element or a name for the element of that name.
 *
 * <pre>
 *   "workload.arrivals.rate"        -- reaches into the arrival process's parameter
 *   "services[foo].replicas"        -- the services entry named foo
 *   "services[*].concurrency"       -- every services entry
 * </pre>
 *
 * @param text the key as written
 * @param segments its segments, in order
 */
record SweepKey(String text, List<Segment> segments) {

  /**
   * One step of a key.
   *
   * @param name the member name
   * @param selector empty for none, {@code *} for every element, else an element's name
   */
  record Segment(String name, Optional<String> selector) {}

  /** The key's segments, or empty with the offset of the first wrong character in {@code error}. */
  static Optional<SweepKey> parse(String text, int[] error) {
    List<Segment> segments = new ArrayList<>();
    int i = 0;
    while (true) {
      int start = i;
      while (i < text.length() && isNameChar(text.charAt(i))) {
        i++;
      }
      if (i == start) {
        error[0] = i;
        return Optional.empty();
      }
      String name = text.substring(start, i);
      Optional<String> selector = Optional.empty();
      if (i < text.length() && text.charAt(i) == '[') {
        int close = text.indexOf(']', i);
        if (close < 0 || close == i + 1) {
          error[0] = i;
          return Optional.empty();
        }
        selector = Optional.of(text.substring(i + 1, close));
        i = close + 1;
      }
      segments.add(new Segment(name, selector));
      if (i == text.length()) {
        return Optional.of(new SweepKey(text, segments));
      }
      if (text.charAt(i) != '.') {
        error[0] = i;
        return Optional.empty();
      }
      i++;
    }
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-';
  }
}
