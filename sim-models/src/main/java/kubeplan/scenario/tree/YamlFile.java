package kubeplan.scenario.tree;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A YAML file read: its documents and the digest of its bytes.
 *
 * @param shownAs the file's name as the user wrote it
 * @param sha256 the lowercase hex SHA-256 of its bytes
 * @param documents its non-empty documents, in order
 */
public record YamlFile(Path shownAs, String sha256, List<SourceTree> documents) {
  public YamlFile {
    Objects.requireNonNull(shownAs, "shownAs");
    Objects.requireNonNull(sha256, "sha256");
    documents = List.copyOf(documents);
  }
}
