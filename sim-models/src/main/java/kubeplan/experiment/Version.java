package kubeplan.experiment;

/** kubeplan's version, as the jar's manifest states it. */
final class Version {
  private Version() {}

  static String current() {
    String version = Experiment.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }
}
