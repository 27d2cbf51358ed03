package kubeplan.report;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;

/**
 * The output folder already holds files and replacing it was not allowed: the run's input is
 * refused (exit status 2 in outputs.md) rather than mixing two runs' reports.
 */
public final class OutputExistsException extends FileAlreadyExistsException {
  private static final long serialVersionUID = 1L;

  public OutputExistsException(Path folder) {
    super(
        folder.toString(),
        null,
        "output folder is not empty; choose another folder or replace it with --force");
  }
}
