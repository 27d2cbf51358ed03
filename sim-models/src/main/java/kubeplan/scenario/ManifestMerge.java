package kubeplan.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kubeplan.scenario.manifest.Located;
import kubeplan.scenario.manifest.ManifestFile;
import kubeplan.scenario.manifest.ManifestService;
import kubeplan.scenario.manifest.ManifestWorkload;
import kubeplan.scenario.tree.Pointers;
import kubeplan.scenario.tree.Position;
import kubeplan.scenario.tree.SourceTree;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Merges the manifests' Services, and the Deployments and StatefulSets that back them, into the
 * scenario's {@code services:} by name, before anything is bound: a field the scenario writes wins,
 * a field only a manifest gives is added with the manifest's position, and a Service only a
 * manifest defines becomes a new entry. Sweeps and checks then treat both alike.
 */
final class ManifestMerge {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ManifestMerge() {}

  static SourceTree merge(SourceTree scenario, List<ManifestFile> manifests, Problems problems) {
    Map<String, ManifestService> services = new LinkedHashMap<>();
    List<ManifestWorkload> workloads = new ArrayList<>();
    for (ManifestFile manifest : manifests) {
      for (ManifestService service : manifest.services()) {
        ManifestService first = services.putIfAbsent(service.name(), service);
        if (first != null) {
          problems.add(
              service.position(),
              "Service",
              "Service '"
                  + service.name()
                  + "' is also defined at "
                  + first.position().file()
                  + ":"
                  + first.position().line());
        }
      }
      workloads.addAll(manifest.workloads());
    }
    SourceTree tree = scenario;
    if (!services.isEmpty() && !tree.at("/services").isArray()) {
      tree = tree.graft("/services", NODES.arrayNode(), tree.keyPosition("/manifests"));
    }
    for (ManifestService service : services.values()) {
      String entry = entryOf(tree, service.name());
      if (tree.at(entry).isMissingNode()) {
        tree = tree.graft(entry, NODES.objectNode(), service.position());
        tree = tree.graft(entry + "/name", NODES.stringNode(service.name()), service.position());
      }
      tree = fill(tree, entry, service.fields());
      List<ManifestWorkload> backing =
          workloads.stream().filter(w -> w.backs(service.selector())).toList();
      if (!backing.isEmpty()) {
        tree = fill(tree, entry, backingFields(backing));
      }
    }
    return tree;
  }

  /** The pointer of the {@code services:} entry named {@code name}, or of a new last entry. */
  private static String entryOf(SourceTree tree, String name) {
    JsonNode list = tree.at("/services");
    for (int i = 0; i < list.size(); i++) {
      if (name.equals(list.get(i).path("name").asString(""))) {
        return Pointers.child("/services", i);
      }
    }
    return Pointers.child("/services", list.size());
  }

  private static SourceTree fill(SourceTree tree, String entry, Map<String, Located> fields) {
    SourceTree filled = tree;
    for (Map.Entry<String, Located> field : fields.entrySet()) {
      String pointer = Pointers.child(entry, field.getKey());
      if (filled.at(pointer).isMissingNode()) {
        filled = filled.graft(pointer, field.getValue().value(), field.getValue().position());
      }
    }
    return filled;
  }

  /**
   * The fields of the workloads behind one Service: their replicas added up (every matching pod is
   * an endpoint), the rest from the first.
   */
  private static Map<String, Located> backingFields(List<ManifestWorkload> backing) {
    Map<String, Located> fields = new LinkedHashMap<>(backing.get(0).fields());
    if (backing.size() > 1) {
      int replicas = 0;
      for (ManifestWorkload workload : backing) {
        replicas += workload.fields().get("replicas").value().asInt();
      }
      Position first = backing.get(0).fields().get("replicas").position();
      fields.put("replicas", new Located(NODES.numberNode(replicas), first));
    }
    return fields;
  }
}
