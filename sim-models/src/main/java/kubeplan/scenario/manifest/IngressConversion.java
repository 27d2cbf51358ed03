package kubeplan.scenario.manifest;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.networking.v1.IngressSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kubeplan.ingress.IngressBackend;
import kubeplan.ingress.IngressPath;
import kubeplan.ingress.IngressRule;
import kubeplan.ingress.IngressRules;
import kubeplan.ingress.PathType;
import kubeplan.scenario.Problems;
import kubeplan.scenario.tree.Pointers;
import kubeplan.scenario.tree.SourceTree;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Converts the three API versions of Ingress ({@code networking.k8s.io/v1}, {@code
 * networking.k8s.io/v1beta1}, {@code extensions/v1beta1}) and the scenario's inline form (the v1
 * {@code spec}) into {@link IngressRules}. The older versions name backends by {@code
 * serviceName}/{@code servicePort} and the default backend {@code spec.backend}; a path without
 * {@code pathType} is {@code ImplementationSpecific}, as the API server defaults it.
 */
public final class IngressConversion {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private IngressConversion() {}

  /** Whether {@code resource} is an Ingress of any supported API version. */
  static boolean isIngress(KubernetesResource resource) {
    return resource instanceof io.fabric8.kubernetes.api.model.networking.v1.Ingress
        || resource instanceof io.fabric8.kubernetes.api.model.networking.v1beta1.Ingress
        || resource instanceof io.fabric8.kubernetes.api.model.extensions.Ingress;
  }

  /**
   * The rules of {@code resource} if it is an Ingress; empty when it is not, or when its rules are
   * wrong (the reasons are then in {@code problems}).
   */
  static Optional<IngressDefinition> fromManifest(
      KubernetesResource resource,
      String name,
      SourceTree document,
      String pointer,
      Problems problems) {
    String spec = pointer + "/spec";
    Optional<Raw> raw = Optional.empty();
    if (resource instanceof io.fabric8.kubernetes.api.model.networking.v1.Ingress ingress) {
      raw = Optional.of(v1(ingress.getSpec(), spec));
    } else if (resource
        instanceof io.fabric8.kubernetes.api.model.networking.v1beta1.Ingress ingress) {
      raw = Optional.of(v1beta1(ingress.getSpec(), spec));
    } else if (resource instanceof io.fabric8.kubernetes.api.model.extensions.Ingress ingress) {
      raw = Optional.of(extensions(ingress.getSpec(), spec, document));
    }
    return raw.flatMap(r -> convert(r, name, document, pointer, problems));
  }

  /**
   * The inline rules at {@code pointer} of a scenario ({@code {rules, defaultBackend}}, in the form
   * of a v1 Ingress's {@code spec}); empty when they are wrong (see {@code problems}).
   */
  public static Optional<IngressDefinition> fromInline(
      SourceTree tree, String pointer, String name, Problems problems) {
    IngressSpec spec;
    try {
      spec = MAPPER.treeToValue(tree.at(pointer), IngressSpec.class);
    } catch (JacksonException e) {
      problems.add(tree.position(pointer), tree.field(pointer), e.getOriginalMessage());
      return Optional.empty();
    }
    return convert(v1(spec, pointer), name, tree, pointer, problems);
  }

  private static Raw v1(IngressSpec spec, String pointer) {
    List<RawRule> rules = new ArrayList<>();
    Optional<RawBackend> defaultBackend = Optional.empty();
    if (spec != null) {
      defaultBackend =
          Optional.ofNullable(spec.getDefaultBackend())
              .map(b -> v1Backend(b, pointer + "/defaultBackend"));
      List<io.fabric8.kubernetes.api.model.networking.v1.IngressRule> written =
          spec.getRules() == null ? List.of() : spec.getRules();
      for (int i = 0; i < written.size(); i++) {
        var rule = written.get(i);
        String rulePointer = Pointers.child(pointer + "/rules", i);
        List<RawPath> paths = new ArrayList<>();
        if (rule.getHttp() != null && rule.getHttp().getPaths() != null) {
          var httpPaths = rule.getHttp().getPaths();
          for (int j = 0; j < httpPaths.size(); j++) {
            var path = httpPaths.get(j);
            String pathPointer = Pointers.child(rulePointer + "/http/paths", j);
            paths.add(
                new RawPath(
                    path.getPath(),
                    path.getPathType(),
                    pathPointer,
                    path.getBackend() == null
                        ? null
                        : v1Backend(path.getBackend(), pathPointer + "/backend")));
          }
        }
        rules.add(new RawRule(rule.getHost(), rulePointer, paths));
      }
    }
    return new Raw(rules, defaultBackend);
  }

  private static RawBackend v1Backend(
      io.fabric8.kubernetes.api.model.networking.v1.IngressBackend backend, String pointer) {
    if (backend.getService() == null) {
      return new RawBackend(null, "", pointer, pointer);
    }
    var port = backend.getService().getPort();
    String servicePointer = pointer + "/service";
    if (port == null) {
      return new RawBackend(
          backend.getService().getName(), "", servicePointer + "/name", servicePointer + "/name");
    }
    boolean numbered = port.getNumber() != null;
    return new RawBackend(
        backend.getService().getName(),
        numbered ? port.getNumber().toString() : port.getName() == null ? "" : port.getName(),
        servicePointer + "/name",
        servicePointer + "/port/" + (numbered ? "number" : "name"));
  }

  private static Raw v1beta1(
      io.fabric8.kubernetes.api.model.networking.v1beta1.IngressSpec spec, String pointer) {
    List<RawRule> rules = new ArrayList<>();
    Optional<RawBackend> defaultBackend = Optional.empty();
    if (spec != null) {
      defaultBackend =
          Optional.ofNullable(spec.getBackend())
              .map(
                  b -> legacyBackend(b.getServiceName(), b.getServicePort(), pointer + "/backend"));
      var written =
          spec.getRules() == null
              ? List.<io.fabric8.kubernetes.api.model.networking.v1beta1.IngressRule>of()
              : spec.getRules();
      for (int i = 0; i < written.size(); i++) {
        var rule = written.get(i);
        String rulePointer = Pointers.child(pointer + "/rules", i);
        List<RawPath> paths = new ArrayList<>();
        if (rule.getHttp() != null && rule.getHttp().getPaths() != null) {
          var httpPaths = rule.getHttp().getPaths();
          for (int j = 0; j < httpPaths.size(); j++) {
            var path = httpPaths.get(j);
            String pathPointer = Pointers.child(rulePointer + "/http/paths", j);
            var backend = path.getBackend();
            paths.add(
                new RawPath(
                    path.getPath(),
                    path.getPathType(),
                    pathPointer,
                    backend == null
                        ? null
                        : legacyBackend(
                            backend.getServiceName(),
                            backend.getServicePort(),
                            pathPointer + "/backend")));
          }
        }
        rules.add(new RawRule(rule.getHost(), rulePointer, paths));
      }
    }
    return new Raw(rules, defaultBackend);
  }

  private static Raw extensions(
      io.fabric8.kubernetes.api.model.extensions.IngressSpec spec,
      String pointer,
      SourceTree document) {
    List<RawRule> rules = new ArrayList<>();
    Optional<RawBackend> defaultBackend = Optional.empty();
    if (spec != null) {
      defaultBackend =
          Optional.ofNullable(spec.getBackend())
              .map(
                  b -> legacyBackend(b.getServiceName(), b.getServicePort(), pointer + "/backend"));
      var written =
          spec.getRules() == null
              ? List.<io.fabric8.kubernetes.api.model.extensions.IngressRule>of()
              : spec.getRules();
      for (int i = 0; i < written.size(); i++) {
        var rule = written.get(i);
        String rulePointer = Pointers.child(pointer + "/rules", i);
        List<RawPath> paths = new ArrayList<>();
        if (rule.getHttp() != null && rule.getHttp().getPaths() != null) {
          var httpPaths = rule.getHttp().getPaths();
          for (int j = 0; j < httpPaths.size(); j++) {
            var path = httpPaths.get(j);
            String pathPointer = Pointers.child(rulePointer + "/http/paths", j);
            var backend = path.getBackend();
            String pathType = document.at(pathPointer + "/pathType").asString(null);
            paths.add(
                new RawPath(
                    path.getPath(),
                    pathType,
                    pathPointer,
                    backend == null
                        ? null
                        : legacyBackend(
                            backend.getServiceName(),
                            backend.getServicePort(),
                            pathPointer + "/backend")));
          }
        }
        rules.add(new RawRule(rule.getHost(), rulePointer, paths));
      }
    }
    return new Raw(rules, defaultBackend);
  }

  private static RawBackend legacyBackend(String service, IntOrString port, String pointer) {
    String portText =
        port == null
            ? ""
            : port.getIntVal() != null ? port.getIntVal().toString() : port.getStrVal();
    return new RawBackend(
        service,
        portText == null ? "" : portText,
        pointer + "/serviceName",
        pointer + (port == null ? "/serviceName" : "/servicePort"));
  }

  private static Optional<IngressDefinition> convert(
      Raw raw, String name, SourceTree document, String pointer, Problems problems) {
    int before = problems.list().size();
    List<IngressDefinition.BackendReference> backends = new ArrayList<>();
    Optional<IngressBackend> defaultBackend =
        raw.defaultBackend().flatMap(b -> backend(b, document, problems, backends));
    List<IngressRule> rules = new ArrayList<>();
    for (RawRule rule : raw.rules()) {
      List<IngressPath> paths = new ArrayList<>();
      for (RawPath path : rule.paths()) {
        if (path.backend() == null) {
          problems.add(
              document.position(path.pointer()),
              document.field(path.pointer()),
              "path has no backend");
          continue;
        }
        Optional<IngressBackend> backend = backend(path.backend(), document, problems, backends);
        Optional<PathType> type = pathType(path, document, problems);
        if (backend.isEmpty() || type.isEmpty()) {
          continue;
        }
        try {
          paths.add(
              new IngressPath(path.path() == null ? "" : path.path(), type.get(), backend.get()));
        } catch (IllegalArgumentException e) {
          String at = path.pointer() + (path.path() == null ? "" : "/path");
          problems.add(document.position(at), document.field(at), e.getMessage());
        }
      }
      try {
        rules.add(new IngressRule(Optional.ofNullable(rule.host()), paths));
      } catch (IllegalArgumentException e) {
        String at = rule.pointer() + "/host";
        problems.add(document.position(at), document.field(at), e.getMessage());
      }
    }
    if (problems.list().size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new IngressDefinition(
            name, document.position(pointer), new IngressRules(rules, defaultBackend), backends));
  }

  private static Optional<PathType> pathType(RawPath path, SourceTree document, Problems problems) {
    if (path.pathType() == null) {
      return Optional.of(PathType.IMPLEMENTATION_SPECIFIC);
    }
    switch (path.pathType()) {
      case "Exact":
        return Optional.of(PathType.EXACT);
      case "Prefix":
        return Optional.of(PathType.PREFIX);
      case "ImplementationSpecific":
        return Optional.of(PathType.IMPLEMENTATION_SPECIFIC);
      default:
        String at = path.pointer() + "/pathType";
        problems.add(
            document.position(at),
            document.field(at),
            "'" + path.pathType() + "' is not one of Exact, Prefix, ImplementationSpecific");
        return Optional.empty();
    }
  }

  private static Optional<IngressBackend> backend(
      RawBackend raw,
      SourceTree document,
      Problems problems,
      List<IngressDefinition.BackendReference> backends) {
    if (raw.service() == null || raw.service().isBlank()) {
      problems.add(
          document.position(raw.servicePointer()),
          document.field(raw.servicePointer()),
          "the backend names no Service (resource backends are not simulated)");
      return Optional.empty();
    }
    IngressBackend backend = new IngressBackend(raw.service(), raw.port());
    backends.add(
        new IngressDefinition.BackendReference(
            backend,
            document.field(raw.servicePointer()),
            document.position(raw.servicePointer()),
            document.position(raw.portPointer())));
    return Optional.of(backend);
  }

  private record Raw(List<RawRule> rules, Optional<RawBackend> defaultBackend) {}

  private record RawRule(String host, String pointer, List<RawPath> paths) {}

  private record RawPath(String path, String pathType, String pointer, RawBackend backend) {}

  private record RawBackend(
      String service, String port, String servicePointer, String portPointer) {}
}
