package kubeplan.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kubeplan.scenario.tree.Position;

/**
 * Collects the problems found while reading, so that all of them are reported at once. The same
 * problem found twice (for example at several sweep points) is kept once.
 */
public final class Problems {
  private final Set<Problem> found = new LinkedHashSet<>();

  /** Records a problem of {@code field} at {@code position}. */
  public void add(Position position, String field, String message) {
    found.add(new Problem(position.file(), position.line(), position.column(), field, message));
  }

  /** Records a problem already located. */
  public void add(Problem problem) {
    found.add(problem);
  }

  /** Records every problem of {@code other}. */
  public void addAll(Problems other) {
    found.addAll(other.found);
  }

  /** How many distinct problems were found. */
  public int size() {
    return found.size();
  }

  /** Whether nothing was found. */
  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** Whether a problem was already recorded at {@code position}. */
  public boolean hasAt(Position position) {
    for (Problem problem : found) {
      if (problem.file().equals(position.file())
          && problem.line() == position.line()
          && problem.column() == position.column()) {
        return true;
      }
    }
    return false;
  }

  /** The problems found so far, in the order found. */
  public List<Problem> list() {
    return List.copyOf(new ArrayList<>(found));
  }

  /** Throws a {@link ScenarioException} with every problem found, if there is any. */
  public void throwIfAny() throws ScenarioException {
    if (!found.isEmpty()) {
      throw new ScenarioException(List.copyOf(found));
    }
  }
}
