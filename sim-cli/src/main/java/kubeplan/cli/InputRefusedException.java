package kubeplan.cli;

import java.util.List;

/**
 * Inputs the command refuses before doing any work, such as an output folder that already holds
 * files; exit status 2. Each reason is one line for the user.
 */
final class InputRefusedException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<String> reasons;

  InputRefusedException(List<String> reasons) {
    super(String.join("\n", reasons));
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("an InputRefusedException needs at least one reason");
    }
    this.reasons = List.copyOf(reasons);
  }

  /** Every reason the input was refused, one line each. */
  List<String> reasons() {
    return reasons;
  }
}
