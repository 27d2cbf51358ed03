package kubeplan.results;

import java.util.regex.Pattern;

/** An input file as the user named it, with the SHA-256 of its bytes (lower-case hex). */
public record FileDigest(String path, String sha256) {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  public FileDigest {
    Checks.nonBlank("path", path);
    if (!SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException(
          "sha256 of " + path + " must be 64 lower-case hex digits: " + sha256);
    }
  }
}
