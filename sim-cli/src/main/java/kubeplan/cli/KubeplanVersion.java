package kubeplan.cli;

import java.util.Optional;
import picocli.CommandLine.IVersionProvider;

/**
 * The kubeplan version from the jar manifest's {@code Implementation-Version}, and the Java runtime
 * it runs on; for {@code --version} and {@code kubeplan version}.
 */
final class KubeplanVersion implements IVersionProvider {
  /** The version the build stamped into the jar; empty when run from classes, not from the jar. */
  static Optional<String> implementationVersion() {
    return Optional.ofNullable(Kubeplan.class.getPackage().getImplementationVersion());
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "kubeplan " + implementationVersion().orElse("(development build, no jar manifest)"),
      "Java "
          + Runtime.version()
          + " ("
          + System.getProperty("java.vm.name")
          + ", "
          + System.getProperty("java.vendor")
          + ")",
    };
  }
}
