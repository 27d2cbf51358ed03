package kubeplan.scenario;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import kubeplan.value.Spelling;

/**
 * The "did you mean" of a problem: the known name nearest to a misspelt one by edit distance, or
 * else the one known name that starts like it (at least {@value #MIN_PREFIX} characters), which
 * catches swapped or dropped endings ({@code replicsa} → {@code replications}).
 */
public final class Suggestion {
  private static final int MIN_PREFIX = 4;

  private Suggestion() {}

  /** The known name the user most likely meant, if any is close enough. */
  public static Optional<String> nearest(String word, Collection<String> known) {
    Optional<String> near = Spelling.nearest(word, known);
    if (near.isPresent()) {
      return near;
    }
    String best = null;
    int bestLength = MIN_PREFIX - 1;
    boolean tie = false;
    for (String candidate : known) {
      int common = commonPrefix(word, candidate);
      if (common > bestLength) {
        best = candidate;
        bestLength = common;
        tie = false;
      } else if (common == bestLength && best != null) {
        tie = true;
      }
    }
    return tie ? Optional.empty() : Optional.ofNullable(best);
  }

  /** {@code "; did you mean 'x'?"} for the nearest known name, or nothing. */
  public static String didYouMean(String word, Collection<String> known) {
    return nearest(word, known).map(name -> "; did you mean '" + name + "'?").orElse("");
  }

  private static int commonPrefix(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    int n = 0;
    while (n < x.length() && n < y.length() && x.charAt(n) == y.charAt(n)) {
      n++;
    }
    return n;
  }
}
