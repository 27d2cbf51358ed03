package kubeplan.value;

import java.util.Collection;
import java.util.Optional;

/** Suggests the known name nearest to a misspelt one, for "did you mean" messages. */
public final class Spelling {
  private Spelling() {}

  /**
   * The known name with the smallest edit distance to {@code word} (case-insensitive), if that
   * distance is at most a third of the longer name's length, rounded up, and at least 1 edit is
   * allowed; empty if none is that close.
   */
  public static Optional<String> nearest(String word, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int d = distance(word.toLowerCase(), candidate.toLowerCase());
      int allowed = Math.max(1, (Math.max(word.length(), candidate.length()) + 2) / 3);
      if (d <= allowed && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Levenshtein distance: the fewest insertions, deletions and substitutions from a to b. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
