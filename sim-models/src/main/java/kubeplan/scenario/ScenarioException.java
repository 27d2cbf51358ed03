package kubeplan.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An input refused: every problem found in it, in file and position order. Its message is one
 * problem per line, ready to print.
 */
public final class ScenarioException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public ScenarioException(List<Problem> problems) {
    super(problems.stream().sorted().map(Problem::toString).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ScenarioException needs at least one problem");
    }
    this.problems = problems.stream().sorted().toList();
  }

  /** The problems, sorted by file, line and column. */
  public List<Problem> problems() {
    return problems;
  }
}
