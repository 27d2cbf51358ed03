package kubeplan.results;

import java.util.List;

/** The scenario file and the Kubernetes manifests it read, each with its digest. */
public record ScenarioSource(FileDigest scenarioFile, List<FileDigest> manifests) {
  public ScenarioSource {
    manifests = List.copyOf(manifests);
  }
}
