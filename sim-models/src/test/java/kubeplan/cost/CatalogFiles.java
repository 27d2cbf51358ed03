package kubeplan.cost;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Catalogue text written inline by tests. */
final class CatalogFiles {
  private CatalogFiles() {}

  static InputStream stream(String yaml) {
    return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
  }
}
