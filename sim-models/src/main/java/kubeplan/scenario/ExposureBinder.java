package kubeplan.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kubeplan.ingress.IngressBackend;
import kubeplan.ingress.IngressPath;
import kubeplan.ingress.IngressRule;
import kubeplan.ingress.IngressRules;
import kubeplan.ingress.PathType;
import kubeplan.random.Dimension;
import kubeplan.random.Distribution;
import kubeplan.scenario.ClusterSpec.Provider;
import kubeplan.scenario.ControllerSpec.Balancing;
import kubeplan.scenario.ExposureSpec.ClientNodeSelection;
import kubeplan.scenario.ExposureSpec.ExposureType;
import kubeplan.scenario.ExposureSpec.IngressImplementation;
import kubeplan.scenario.ExposureSpec.TlsTermination;
import kubeplan.scenario.LoadBalancerSpec.Layer;
import kubeplan.scenario.LoadBalancerSpec.LoadBalancerKind;
import kubeplan.scenario.LoadBalancerSpec.TargetType;
import kubeplan.scenario.manifest.IngressConversion;
import kubeplan.scenario.manifest.IngressDefinition;
import kubeplan.scenario.tree.Position;

/**
 * Binds the {@code exposures:} list to {@link ExposureSpec}s: each exposure's own settings, its
 * load balancer chosen for the provider, and the Ingress rules that route {@code host}/{@code path}
 * requests (an Ingress exposure's own; for the others those of the first Ingress exposure, else the
 * manifests' Ingresses, else one rule per service). Checks that each backend names an existing
 * Service and port.
 */
final class ExposureBinder {
  private final ValueReader values;
  private final Problems problems;
  private final Provider provider;
  private final IngressSources sources;
  private final List<ServiceSpec> services;

  ExposureBinder(
      ValueReader values,
      Problems problems,
      Provider provider,
      IngressSources sources,
      List<ServiceSpec> services) {
    this.values = values;
    this.problems = problems;
    this.provider = provider;
    this.sources = sources;
    this.services = services;
  }

  /** A bound exposure and its source field. */
  record Bound(ExposureSpec spec, TreeField field) {}

  private record Partial(
      TreeField field,
      Optional<String> name,
      Optional<ExposureType> type,
      IngressImplementation implementation,
      Optional<IngressDefinition> ingress) {}

  List<Bound> bind(TreeField list) {
    sources.manifests().forEach(this::checkBackends);
    List<Partial> partials = new ArrayList<>();
    Map<String, TreeField> names = new LinkedHashMap<>();
    for (TreeField entry : list.elements()) {
      Optional<String> name = values.text(entry.child("name"));
      if (name.isPresent() && names.putIfAbsent(name.get(), entry) != null) {
        values.report(
            entry.child("name"),
            "exposure '"
                + name.get()
                + "' is already defined at line "
                + names.get(name.get()).child("name").position().line());
        continue;
      }
      Optional<ExposureType> type = values.word(entry.child("type"), ExposureType.class);
      TreeField implementationField = entry.child("implementation");
      if (implementationField.present() && type.isPresent() && type.get() != ExposureType.INGRESS) {
        values.report(implementationField, "implementation applies to Ingress exposures only");
      }
      IngressImplementation implementation =
          values
              .word(implementationField, IngressImplementation.class)
              .orElse(IngressImplementation.CONTROLLER);
      Optional<IngressDefinition> ingress = Optional.empty();
      if (type.isPresent() && type.get() == ExposureType.INGRESS) {
        ingress = ingress(entry.child("ingress"), name.orElse("ingress"));
      } else if (entry.child("ingress").present()) {
        values.report(entry.child("ingress"), "ingress applies to Ingress exposures only");
      }
      partials.add(new Partial(entry, name, type, implementation, ingress));
    }
    IngressRules routing = routing(partials, list.position());
    List<Bound> bound = new ArrayList<>();
    for (Partial partial : partials) {
      exposure(partial, routing).ifPresent(spec -> bound.add(new Bound(spec, partial.field())));
    }
    return bound;
  }

  /**
   * The rules an Ingress exposure writes (file or inline), else the manifests', else one per
   * service.
   */
  private Optional<IngressDefinition> ingress(TreeField field, String exposureName) {
    if (!field.present()) {
      return sources.manifests().isEmpty()
          ? Optional.of(synthesized(field.position()))
          : merged(sources.manifests());
    }
    if (field.json().isString()) {
      List<IngressDefinition> found = sources.files().get(field.json().asString());
      if (found == null) {
        return Optional.empty();
      }
      if (found.isEmpty()) {
        values.report(field, "'" + field.json().asString() + "' holds no Ingress");
        return Optional.empty();
      }
      return merged(found);
    }
    return IngressConversion.fromInline(field.tree(), field.pointer(), exposureName, problems);
  }

  /** One Ingress made of several: their rules in order, and the one default backend. */
  private Optional<IngressDefinition> merged(List<IngressDefinition> ingresses) {
    if (ingresses.size() == 1) {
      return Optional.of(ingresses.get(0));
    }
    List<IngressRule> rules = new ArrayList<>();
    List<IngressDefinition.BackendReference> backends = new ArrayList<>();
    Optional<IngressBackend> defaultBackend = Optional.empty();
    IngressDefinition withDefault = null;
    for (IngressDefinition ingress : ingresses) {
      rules.addAll(ingress.rules().rules());
      backends.addAll(ingress.backends());
      if (ingress.rules().defaultBackend().isPresent()) {
        if (withDefault != null) {
          Position at = ingress.position();
          problems.add(
              at,
              "",
              "Ingress '"
                  + ingress.name()
                  + "' sets a second default backend; '"
                  + withDefault.name()
                  + "' at "
                  + withDefault.position().file()
                  + ":"
                  + withDefault.position().line()
                  + " already sets one");
        } else {
          withDefault = ingress;
          defaultBackend = ingress.rules().defaultBackend();
        }
      }
    }
    IngressDefinition first = ingresses.get(0);
    return Optional.of(
        new IngressDefinition(
            first.name(), first.position(), new IngressRules(rules, defaultBackend), backends));
  }

  /** Host {@code <service>} → that service, for every Service the scenario defines. */
  private IngressDefinition synthesized(Position position) {
    List<IngressRule> rules = new ArrayList<>();
    for (ServiceSpec service : services) {
      String port =
          service.ports().isEmpty() ? "" : Integer.toString(service.ports().get(0).port());
      for (String name : service.serviceNames()) {
        IngressBackend backend = new IngressBackend(name, port);
        rules.add(
            new IngressRule(
                Optional.of(name), List.of(new IngressPath("/", PathType.PREFIX, backend))));
      }
    }
    return new IngressDefinition(
        "per-service", position, new IngressRules(rules, Optional.empty()), List.of());
  }

  private IngressRules routing(List<Partial> partials, Position exposures) {
    for (Partial partial : partials) {
      if (partial.ingress().isPresent()) {
        return partial.ingress().get().rules();
      }
    }
    Optional<IngressDefinition> fromManifests =
        sources.manifests().isEmpty() ? Optional.empty() : merged(sources.manifests());
    return fromManifests.orElseGet(() -> synthesized(exposures)).rules();
  }

  private Optional<ExposureSpec> exposure(Partial partial, IngressRules routing) {
    TreeField entry = partial.field();
    if (partial.type().isEmpty() || partial.name().isEmpty()) {
      return Optional.empty();
    }
    ExposureType type = partial.type().get();
    int before = values.count();
    Optional<TrafficPolicy> external =
        values.word(entry.child("externalTrafficPolicy"), TrafficPolicy.class);
    Optional<LoadBalancerSpec> loadBalancer = loadBalancer(entry, type, partial.implementation());
    TreeField selectionField = entry.child("clientNodeSelection");
    if (selectionField.present() && type != ExposureType.NODE_PORT) {
      values.report(selectionField, "clientNodeSelection applies to NodePort exposures only");
    }
    ClientNodeSelection selection =
        values.word(selectionField, ClientNodeSelection.class).orElse(ClientNodeSelection.RANDOM);
    boolean hasController =
        type == ExposureType.INGRESS
            && partial.implementation() == IngressImplementation.CONTROLLER;
    TreeField controllerField = entry.child("controller");
    if (controllerField.present() && !hasController) {
      values.report(
          controllerField,
          "controller applies to Ingress exposures implemented by a controller only");
    }
    Optional<ControllerSpec> controller =
        hasController ? controller(controllerField) : Optional.empty();
    TlsTermination tls = tls(entry.child("tls").child("terminateAt"), type);
    partial.ingress().ifPresent(this::checkBackends);
    if (type == ExposureType.INGRESS && partial.ingress().isEmpty()) {
      return Optional.empty();
    }
    if (values.count() > before
        || (type != ExposureType.NODE_PORT && loadBalancer.isEmpty())
        || (hasController && controller.isEmpty())) {
      return Optional.empty();
    }
    IngressRules rules = partial.ingress().map(IngressDefinition::rules).orElse(routing);
    try {
      return Optional.of(
          new ExposureSpec(
              partial.name().get(),
              type,
              external,
              loadBalancer,
              selection,
              partial.implementation(),
              rules,
              controller,
              tls));
    } catch (IllegalArgumentException e) {
      values.reportIfAlone(entry, e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<LoadBalancerSpec> loadBalancer(
      TreeField entry, ExposureType type, IngressImplementation implementation) {
    TreeField field = entry.child("loadBalancer");
    if (type == ExposureType.NODE_PORT) {
      if (field.present()) {
        values.report(field, "a NodePort exposure has no load balancer");
      }
      return Optional.empty();
    }
    boolean layer7 = type == ExposureType.INGRESS && implementation == IngressImplementation.CLOUD;
    TreeField kindField = field.child("kind");
    Optional<LoadBalancerKind> written = values.word(kindField, LoadBalancerKind.class);
    LoadBalancerKind kind = written.orElse(Defaults.loadBalancerKind(provider, layer7));
    boolean ok = true;
    if (kind.provider() != provider) {
      values.report(
          kindField,
          "'"
              + kindField.text()
              + "' is a load balancer of "
              + name(kind.provider())
              + ", but the cluster's provider is "
              + name(provider));
      ok = false;
    } else if (layer7 && kind.layer() != Layer.L7 && kind != LoadBalancerKind.GENERIC) {
      values.report(
          written.isPresent() ? kindField : entry.child("implementation"),
          "an Ingress implemented by the cloud needs an L7 load balancer"
              + (provider == Provider.AZURE
                  ? "; azure has none here, use implementation: controller"
                  : " (aws: alb, gcp: proxy)"));
      ok = false;
    } else if (!layer7 && kind.layer() == Layer.L7) {
      values.report(
          kindField,
          "'"
              + kindField.text()
              + "' is an L7 load balancer for Ingresses implemented by the"
              + " cloud; Services get an L4 one (aws: nlb or clb, gcp: passthrough)");
      ok = false;
    }
    TargetType targetType =
        values.word(field.child("targetType"), TargetType.class).orElse(TargetType.INSTANCE);
    boolean crossZone = values.bool(field.child("crossZone")).orElse(Defaults.crossZone(kind));
    Optional<Distribution> latency = values.distribution(field.child("latency"), Dimension.TIME);
    if (!ok || (field.child("latency").present() && latency.isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(new LoadBalancerSpec(kind, targetType, crossZone, latency));
  }

  private static String name(Provider provider) {
    return provider.name().toLowerCase(Locale.ROOT);
  }

  private Optional<ControllerSpec> controller(TreeField field) {
    int before = values.count();
    int replicas = values.integer(field.child("replicas"), 1).orElse(Defaults.CONTROLLER_REPLICAS);
    long cpu = values.millicores(field.child("cpu")).orElse(Defaults.CONTROLLER_MILLICORES);
    if (cpu < 1) {
      values.report(field.child("cpu"), "an ingress controller needs some CPU");
      return Optional.empty();
    }
    int concurrency =
        values.integer(field.child("concurrency"), 1).orElse((int) Math.ceil(cpu / 1000.0));
    int maxConnections =
        values
            .integer(field.child("maxConnections"), 1)
            .orElse(Math.max(Defaults.CONTROLLER_MAX_CONNECTIONS, concurrency));
    if (maxConnections < concurrency) {
      values.report(
          field.child("maxConnections"),
          "maxConnections " + maxConnections + " is below concurrency " + concurrency);
      return Optional.empty();
    }
    TreeField processingField = field.child("processingTime");
    Optional<Distribution> processing = values.distribution(processingField, Dimension.TIME);
    TreeField responseField = field.child("responseProcessingTime");
    Optional<Distribution> response = values.distribution(responseField, Dimension.TIME);
    Balancing balancing =
        values.word(field.child("balancing"), Balancing.class).orElse(Balancing.ROUND_ROBIN);
    TrafficPolicy external =
        values
            .word(field.child("externalTrafficPolicy"), TrafficPolicy.class)
            .orElse(TrafficPolicy.CLUSTER);
    if (values.count() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new ControllerSpec(
            replicas, cpu, concurrency, maxConnections, processing, response, balancing, external));
  }

  private TlsTermination tls(TreeField field, ExposureType type) {
    TlsTermination tls = values.word(field, TlsTermination.class).orElse(TlsTermination.NONE);
    if (tls == TlsTermination.LOAD_BALANCER && type == ExposureType.NODE_PORT) {
      values.report(field, "a NodePort exposure has no load balancer to terminate TLS");
    } else if (tls == TlsTermination.INGRESS && type != ExposureType.INGRESS) {
      values.report(field, "only an Ingress exposure can terminate TLS at the ingress");
    }
    return tls;
  }

  /** Every backend names a defined Service (or one of its copies) and one of its ports. */
  private void checkBackends(IngressDefinition ingress) {
    Map<String, ServiceSpec> byName = new LinkedHashMap<>();
    for (ServiceSpec service : services) {
      byName.put(service.name(), service);
      service.serviceNames().forEach(n -> byName.putIfAbsent(n, service));
    }
    Set<String> known = new LinkedHashSet<>();
    services.forEach(s -> known.add(s.name()));
    for (IngressDefinition.BackendReference reference : ingress.backends()) {
      String name = reference.backend().service();
      ServiceSpec service = byName.get(name);
      if (service == null) {
        problems.add(
            reference.service(),
            reference.field(),
            "Ingress '"
                + ingress.name()
                + "' sends to Service '"
                + name
                + "', which is not defined"
                + Suggestion.didYouMean(name, known));
        continue;
      }
      String port = reference.backend().port();
      if (!port.isEmpty()
          && !service.ports().isEmpty()
          && service.ports().stream().noneMatch(p -> p.matches(port))) {
        problems.add(
            reference.port(),
            reference.field(),
            "Service '"
                + name
                + "' has no port '"
                + port
                + "' (its ports: "
                + service.ports().stream()
                    .map(
                        p ->
                            p.name().isEmpty()
                                ? Integer.toString(p.port())
                                : p.port() + " (" + p.name() + ")")
                    .collect(Collectors.joining(", "))
                + ")");
      }
    }
  }
}
