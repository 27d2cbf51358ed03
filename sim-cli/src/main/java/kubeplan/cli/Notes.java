package kubeplan.cli;

import java.io.PrintWriter;
import java.util.List;
import kubeplan.scenario.Problem;
import kubeplan.scenario.ScenarioFile;

/** The reader's notes on accepted inputs, such as ignored manifest objects: not errors. */
final class Notes {
  private Notes() {}

  /** Prints each note of each file as {@code FILE:LINE:COL: note: …}, unless {@code quiet}. */
  static void print(List<ScenarioFile> files, PrintWriter err, boolean quiet) {
    if (quiet) {
      return;
    }
    for (ScenarioFile file : files) {
      for (Problem note : file.notes()) {
        err.println("note: " + note);
      }
    }
    err.flush();
  }
}
