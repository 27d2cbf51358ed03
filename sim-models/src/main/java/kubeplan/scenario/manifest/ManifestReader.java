package kubeplan.scenario.manifest;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kubeplan.scenario.Problem;
import kubeplan.scenario.Problems;
import kubeplan.scenario.tree.Pointers;
import kubeplan.scenario.tree.Position;
import kubeplan.scenario.tree.SourceTree;
import kubeplan.scenario.tree.YamlFile;
import kubeplan.scenario.tree.YamlLoader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads Kubernetes manifest files (multi-document, and {@code kind: List}) with fabric8's model:
 * Services, Deployments, StatefulSets and Ingresses ({@code networking.k8s.io/v1}, {@code v1beta1}
 * and {@code extensions/v1beta1}). Objects of other kinds are noted as ignored. No API-server
 * defaulting happens in fabric8, so Kubernetes' defaults are applied here: a Service without a type
 * is ClusterIP, a workload without replicas has 1, a container with a limit and no request requests
 * its limit.
 */
public final class ManifestReader {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Path shownAs;
  private final Problems problems;
  private final List<ManifestService> services = new ArrayList<>();
  private final List<ManifestWorkload> workloads = new ArrayList<>();
  private final List<IngressDefinition> ingresses = new ArrayList<>();
  private final List<Problem> notes = new ArrayList<>();

  private ManifestReader(Path shownAs, Problems problems) {
    this.shownAs = shownAs;
    this.problems = problems;
  }

  /**
   * Reads {@code file}; empty when it cannot be read or parsed as YAML (the reasons are then in
   * {@code problems}, as are problems with single objects, which are skipped).
   *
   * @param shownAs the file's name in problems and notes
   */
  public static Optional<ManifestFile> read(Path file, Path shownAs, Problems problems) {
    Optional<YamlFile> yaml = YamlLoader.load(file, shownAs, problems);
    if (yaml.isEmpty()) {
      return Optional.empty();
    }
    ManifestReader reader = new ManifestReader(shownAs, problems);
    for (SourceTree document : yaml.get().documents()) {
      reader.object(document, "");
    }
    return Optional.of(
        new ManifestFile(
            shownAs,
            yaml.get().sha256(),
            reader.services,
            reader.workloads,
            reader.ingresses,
            reader.notes));
  }

  private void object(SourceTree document, String pointer) {
    JsonNode node = document.at(pointer);
    Position at = document.position(pointer);
    if (!node.isObject()) {
      problems.add(at, "", "expected a Kubernetes object (a mapping with apiVersion and kind)");
      return;
    }
    String kind = node.path("kind").asString("");
    String apiVersion = node.path("apiVersion").asString("");
    if (kind.isEmpty() || apiVersion.isEmpty()) {
      problems.add(at, "", "a Kubernetes object needs apiVersion and kind");
      return;
    }
    if (kind.equals("List")) {
      JsonNode items = node.path("items");
      for (int i = 0; i < items.size(); i++) {
        object(document, Pointers.child(Pointers.child(pointer, "items"), i));
      }
      return;
    }
    KubernetesResource resource;
    try {
      resource = MAPPER.treeToValue(node, KubernetesResource.class);
    } catch (JacksonException e) {
      String failed = pointer;
      for (JacksonException.Reference reference : e.getPath()) {
        failed =
            reference.getPropertyName() != null
                ? Pointers.child(failed, reference.getPropertyName())
                : Pointers.child(failed, reference.getIndex());
      }
      problems.add(
          document.position(failed),
          kind + "." + document.field(failed).substring(document.field(pointer).length()),
          e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
              ? "expected "
                  + expected(mismatch.getTargetType())
                  + ", got "
                  + shown(document.at(failed))
              : firstLine(e.getOriginalMessage()));
      return;
    }
    if (!(resource instanceof HasMetadata object)
        || object.getMetadata() == null
        || object.getMetadata().getName() == null) {
      problems.add(at, kind, "metadata.name is missing");
      return;
    }
    String name = object.getMetadata().getName();
    Position named = document.position(pointer + "/metadata/name");
    if (resource instanceof Service service) {
      service(document, pointer, name, named, service.getSpec());
    } else if (resource instanceof Deployment deployment && deployment.getSpec() != null) {
      workload(
          document,
          pointer,
          "Deployment",
          name,
          named,
          deployment.getSpec().getReplicas(),
          deployment.getSpec().getTemplate());
    } else if (resource instanceof StatefulSet set && set.getSpec() != null) {
      workload(
          document,
          pointer,
          "StatefulSet",
          name,
          named,
          set.getSpec().getReplicas(),
          set.getSpec().getTemplate());
    } else if (resource instanceof io.fabric8.kubernetes.api.model.extensions.Deployment deployment
        && deployment.getSpec() != null) {
      workload(
          document,
          pointer,
          "Deployment",
          name,
          named,
          deployment.getSpec().getReplicas(),
          deployment.getSpec().getTemplate());
    } else {
      Optional<IngressDefinition> ingress =
          IngressConversion.fromManifest(resource, name, document, pointer, problems);
      if (ingress.isPresent()) {
        ingresses.add(ingress.get());
      } else if (!IngressConversion.isIngress(resource)) {
        notes.add(
            new Problem(
                shownAs,
                at.line(),
                at.column(),
                "",
                "ignored "
                    + apiVersion
                    + " "
                    + kind
                    + " '"
                    + name
                    + "': kubeplan reads"
                    + " Services, Deployments, StatefulSets and Ingresses"));
      }
    }
  }

  private void service(
      SourceTree document, String pointer, String name, Position named, ServiceSpec spec) {
    Map<String, Located> fields = new LinkedHashMap<>();
    ServiceSpec present = spec == null ? new ServiceSpec() : spec;
    String specPointer = pointer + "/spec";
    fields.put(
        "type",
        present.getType() == null
            ? new Located(NODES.stringNode("ClusterIP"), named)
            : located(document, specPointer + "/type"));
    copy(
        document, specPointer, "externalTrafficPolicy", present.getExternalTrafficPolicy(), fields);
    copy(
        document, specPointer, "internalTrafficPolicy", present.getInternalTrafficPolicy(), fields);
    copy(document, specPointer, "sessionAffinity", present.getSessionAffinity(), fields);
    copy(document, specPointer, "trafficDistribution", present.getTrafficDistribution(), fields);
    if (present.getPorts() != null && !present.getPorts().isEmpty()) {
      ArrayNode ports = NODES.arrayNode();
      for (ServicePort port : present.getPorts()) {
        ObjectNode entry = ports.addObject();
        if (port.getName() != null) {
          entry.put("name", port.getName());
        }
        if (port.getPort() != null) {
          entry.put("port", port.getPort().intValue());
        }
        if (port.getTargetPort() != null) {
          if (port.getTargetPort().getIntVal() != null) {
            entry.put("targetPort", port.getTargetPort().getIntVal().intValue());
          } else {
            entry.put("targetPort", port.getTargetPort().getStrVal());
          }
        }
      }
      fields.put("ports", new Located(ports, document.position(specPointer + "/ports")));
    }
    Map<String, String> selector = present.getSelector() == null ? Map.of() : present.getSelector();
    services.add(new ManifestService(name, named, selector, fields));
  }

  private static void copy(
      SourceTree document,
      String specPointer,
      String field,
      String value,
      Map<String, Located> fields) {
    if (value != null) {
      fields.put(field, located(document, Pointers.child(specPointer, field)));
    }
  }

  private static Located located(SourceTree document, String pointer) {
    return new Located(document.at(pointer), document.position(pointer));
  }

  private void workload(
      SourceTree document,
      String pointer,
      String kind,
      String name,
      Position named,
      Integer replicas,
      PodTemplateSpec template) {
    Map<String, Located> fields = new LinkedHashMap<>();
    fields.put(
        "replicas",
        replicas == null
            ? new Located(NODES.numberNode(1), named)
            : located(document, pointer + "/spec/replicas"));
    Map<String, String> labels = Map.of();
    if (template != null) {
      if (template.getMetadata() != null && template.getMetadata().getLabels() != null) {
        labels = template.getMetadata().getLabels();
      }
      if (template.getSpec() != null && template.getSpec().getContainers() != null) {
        String containers = pointer + "/spec/template/spec/containers";
        requests(document, containers, template.getSpec().getContainers(), "cpu", fields);
        requests(document, containers, template.getSpec().getContainers(), "memory", fields);
      }
    }
    workloads.add(new ManifestWorkload(kind, name, named, labels, fields));
  }

  /**
   * Adds the pod's request of {@code resource}: the sum over its containers, each requesting its
   * limit when it sets a limit and no request (as the API server defaults it).
   */
  private void requests(
      SourceTree document,
      String containersPointer,
      List<Container> containers,
      String resource,
      Map<String, Located> fields) {
    BigDecimal total = BigDecimal.ZERO;
    Position first = null;
    for (int i = 0; i < containers.size(); i++) {
      ResourceRequirements requirements = containers.get(i).getResources();
      if (requirements == null) {
        continue;
      }
      String containerPointer = Pointers.child(containersPointer, i) + "/resources";
      Optional<String> from =
          requirements.getRequests() != null && requirements.getRequests().containsKey(resource)
              ? Optional.of("requests")
              : requirements.getLimits() != null && requirements.getLimits().containsKey(resource)
                  ? Optional.of("limits")
                  : Optional.empty();
      if (from.isEmpty()) {
        continue;
      }
      String quantityPointer = containerPointer + "/" + from.get() + "/" + resource;
      Map<String, Quantity> amounts =
          from.get().equals("requests") ? requirements.getRequests() : requirements.getLimits();
      try {
        total = total.add(amounts.get(resource).getNumericalAmount());
      } catch (ArithmeticException | IllegalArgumentException e) {
        problems.add(
            document.position(quantityPointer),
            document.field(quantityPointer),
            "'" + amounts.get(resource) + "' is not a Kubernetes quantity");
        return;
      }
      if (first == null) {
        first = document.position(quantityPointer);
      }
    }
    if (first != null) {
      String text =
          resource.equals("cpu")
              ? total.movePointRight(3).setScale(0, RoundingMode.CEILING).toPlainString() + "m"
              : total.setScale(0, RoundingMode.CEILING).toPlainString();
      fields.put(resource, new Located(NODES.stringNode(text), first));
    }
  }

  /** What a user calls a value of {@code type}. */
  private static String expected(Class<?> type) {
    if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "text";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "a mapping";
    }
    if (List.class.isAssignableFrom(type)) {
      return "a list";
    }
    return "a " + type.getSimpleName() + " (a mapping)";
  }

  private static String shown(JsonNode value) {
    if (value.isString()) {
      return "'" + value.asString() + "'";
    }
    return value.isContainer() ? (value.isArray() ? "a list" : "a mapping") : value.toString();
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
