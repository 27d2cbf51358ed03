package kubeplan.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kubeplan.scenario.manifest.IngressDefinition;

/**
 * The Ingresses read from files before binding: those of each exposure's {@code ingress:} file,
 * keyed by the path as written, and those found among {@code manifests:}.
 *
 * @param files the Ingresses of each {@code ingress:} file, by the path as written
 * @param manifests the Ingresses of the scenario's manifests, in file order
 */
record IngressSources(
    Map<String, List<IngressDefinition>> files, List<IngressDefinition> manifests) {
  IngressSources {
    files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    manifests = List.copyOf(manifests);
  }
}
