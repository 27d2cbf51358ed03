package kubeplan.scenario.manifest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import kubeplan.scenario.Problem;

/**
 * What kubeplan takes from one Kubernetes manifest file.
 *
 * @param path the file as resolved against the scenario's folder
 * @param sha256 the lowercase hex SHA-256 of its bytes
 * @param services its Services, in file order
 * @param workloads its Deployments and StatefulSets, in file order
 * @param ingresses its Ingresses, in file order
 * @param notes one note per object of another kind, which is ignored
 */
public record ManifestFile(
    Path path,
    String sha256,
    List<ManifestService> services,
    List<ManifestWorkload> workloads,
    List<IngressDefinition> ingresses,
    List<Problem> notes) {
  public ManifestFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sha256, "sha256");
    services = List.copyOf(services);
    workloads = List.copyOf(workloads);
    ingresses = List.copyOf(ingresses);
    notes = List.copyOf(notes);
  }
}
