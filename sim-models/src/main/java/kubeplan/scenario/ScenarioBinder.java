package kubeplan.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import kubeplan.arrival.ArrivalProcess;
import kubeplan.cost.CatalogException;
import kubeplan.cost.PriceCatalog;
import kubeplan.cost.PriceOverrides;
import kubeplan.cost.Provider;
import kubeplan.ingress.IngressRouter;
import kubeplan.ingress.IngressRules;
import kubeplan.network.Cni;
import kubeplan.random.Dimension;
import kubeplan.random.Distribution;
import kubeplan.routing.IpvsScheduler;
import kubeplan.routing.KubeProxyMode;
import kubeplan.scenario.ClusterSpec.NetworkProfile;
import kubeplan.scenario.SloSpec.MeasuredAt;
import kubeplan.scenario.WorkloadSpec.ConnectionMode;
import kubeplan.scenario.tree.SourceTree;

/**
 * Binds one scenario tree (manifests merged in, one sweep point applied) to a {@link Scenario}:
 * every field read with its grammar, every default of {@link Defaults} applied, every reference
 * checked. All problems are collected; the scenario is built only when there are none.
 */
final class ScenarioBinder {
  /** The summary.csv columns with confidence intervals, which sequential stopping can target. */
  static final List<String> PRECISION_METRICS =
      List.of("latency_mean_ms", "latency_p50_ms", "latency_p90_ms", "latency_p99_ms");

  /** Each price field of {@code pricing.overrides} and the {@link PriceOverrides} key it sets. */
  private static final List<Map.Entry<String, String>> PRICE_FIELDS =
      List.of(
          Map.entry("loadBalancerHourly", "loadBalancerHourly"),
          Map.entry("capacityUnitHourly", "capacityUnitHourly"),
          Map.entry("publicIpv4Hourly", "publicIpv4Hourly"),
          Map.entry("dataProcessedPerGb", "dataProcessed"),
          Map.entry("crossZonePerGb", "crossZoneTransfer"),
          Map.entry("internetEgressPerGb", "internetEgress"),
          Map.entry("controlPlaneHourly", "controlPlaneHourly"));

  private final TreeField root;
  private final Path baseDir;
  private final IngressSources ingresses;
  private final Problems problems;
  private final ValueReader values;
  private final int problemsBefore;

  private ScenarioBinder(
      SourceTree tree, Path baseDir, IngressSources ingresses, Problems problems) {
    this.root = TreeField.root(tree);
    this.baseDir = baseDir;
    this.ingresses = ingresses;
    this.problems = problems;
    this.values = new ValueReader(problems, baseDir);
    this.problemsBefore = problems.size();
  }

  /**
   * The scenario of {@code tree}, or empty when it has problems (added to {@code problems}).
   *
   * @param baseDir the scenario file's folder, against which relative paths are resolved
   */
  static Optional<Scenario> bind(
      SourceTree tree, Path baseDir, IngressSources ingresses, Problems problems) {
    int before = problems.size();
    Optional<Scenario> scenario;
    try {
      scenario = new ScenarioBinder(tree, baseDir, ingresses, problems).scenario();
    } catch (IllegalArgumentException e) {
      // A record's constructor guards an invariant the schema or the reader reported already:
      // that report is the user's message. Without one, the reader missed a check: a bug.
      if (problems.size() == before) {
        throw new IllegalStateException("a record refused values the reader let through", e);
      }
      return Optional.empty();
    }
    return problems.size() == before ? scenario : Optional.empty();
  }

  private Optional<Scenario> scenario() {
    Optional<String> name = values.text(root.child("name"));
    String description = values.text(root.child("description")).orElse("");
    long seed =
        root.child("seed").json().isIntegralNumber()
            ? root.child("seed").json().asLong()
            : Defaults.SEED;
    Optional<RunSpec> run = run(root.child("run"));
    TreeField cluster = root.child("cluster");
    Provider provider =
        values.word(cluster.child("provider"), Provider.class).orElse(Defaults.PROVIDER);
    int zones = values.integer(cluster.child("zones"), 1, 26).orElse(Defaults.ZONES);
    List<ServiceBinder.Bound> services =
        new ServiceBinder(values, Math.max(1, Math.min(26, zones))).bind(root.child("services"));
    if (!root.child("services").present() && services.isEmpty() && problems.isEmpty()) {
      values.report(
          root.child("services"),
          "no services: list them under services: or in the files of manifests:");
    }
    List<ServiceSpec> serviceSpecs = services.stream().map(ServiceBinder.Bound::spec).toList();
    Optional<ClusterSpec> clusterSpec = cluster(cluster, provider, zones, serviceSpecs);
    List<ExposureBinder.Bound> exposures =
        new ExposureBinder(values, problems, provider, ingresses, serviceSpecs)
            .bind(root.child("exposures"));
    List<BoundMix> mix = mix(root.child("workload").child("mix"), serviceSpecs);
    checkRoutes(mix, exposures);
    Optional<WorkloadSpec> workload =
        workload(root.child("workload"), mix.stream().map(BoundMix::entry).toList());
    SloSpec slo = slo(root.child("slo"));
    Optional<PricingSpec> pricing = pricing(root.child("pricing"), cluster, clusterSpec);
    if (problems.size() > problemsBefore
        || name.isEmpty()
        || run.isEmpty()
        || clusterSpec.isEmpty()
        || workload.isEmpty()
        || pricing.isEmpty()
        || exposures.isEmpty()
        || serviceSpecs.isEmpty()) {
      return Optional.empty();
    }
    new PlacementCheck(values, cluster.child("nodes"), services, exposures)
        .check(clusterSpec.get());
    return Optional.of(
        new Scenario(
            name.get(),
            description,
            seed,
            run.get(),
            clusterSpec.get(),
            serviceSpecs,
            exposures.stream().map(ExposureBinder.Bound::spec).toList(),
            workload.get(),
            slo,
            pricing.get()));
  }

  private Optional<RunSpec> run(TreeField run) {
    TreeField durationField = run.child("duration");
    Optional<Duration> duration = values.duration(durationField);
    if (duration.isPresent() && (duration.get().isZero() || duration.get().isNegative())) {
      values.report(durationField, "duration must be positive, got " + durationField.text());
      duration = Optional.empty();
    }
    TreeField warmupField = run.child("warmup");
    Optional<Warmup> warmup;
    if (warmupField.json().isString() && warmupField.json().asString().equals("auto")) {
      warmup = Optional.of(new Warmup.Mser5());
    } else if (warmupField.present()) {
      warmup = values.duration(warmupField).map(Warmup.Fixed::new);
    } else {
      warmup =
          duration.map(
              d ->
                  new Warmup.Fixed(
                      Duration.ofNanos(Math.round(d.toNanos() * Defaults.WARMUP_FRACTION))));
    }
    int replications = values.integer(run.child("replications"), 2).orElse(Defaults.REPLICATIONS);
    double confidence =
        values
            .number(run.child("confidence"), ValueReader.Bounds.OPEN_UNIT)
            .orElse(Defaults.CONFIDENCE);
    Optional<RunSpec.Precision> precision = Optional.empty();
    TreeField precisionField = run.child("precision");
    if (precisionField.present()) {
      precision = precision(precisionField, replications);
      if (precision.isEmpty()) {
        return Optional.empty();
      }
    }
    if (duration.isEmpty() || warmup.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new RunSpec(duration.get(), warmup.get(), replications, confidence, precision));
    } catch (IllegalArgumentException e) {
      values.reportIfAlone(run, e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<RunSpec.Precision> precision(TreeField field, int replications) {
    TreeField metricField = field.child("metric");
    Optional<String> metric = values.text(metricField);
    if (metric.isPresent() && !PRECISION_METRICS.contains(metric.get())) {
      values.report(
          metricField,
          "'"
              + metric.get()
              + "' is not one of "
              + String.join(", ", PRECISION_METRICS)
              + Suggestion.didYouMean(metric.get(), PRECISION_METRICS));
      metric = Optional.empty();
    }
    OptionalDouble halfWidth =
        values.number(field.child("relativeHalfWidth"), ValueReader.Bounds.OPEN_UNIT);
    OptionalInt max = values.integer(field.child("maxReplications"), 2);
    if (max.isPresent() && max.getAsInt() < replications) {
      values.report(
          field.child("maxReplications"),
          "maxReplications " + max.getAsInt() + " is below replications " + replications);
      return Optional.empty();
    }
    if (metric.isEmpty() || halfWidth.isEmpty() || max.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new RunSpec.Precision(metric.get(), halfWidth.getAsDouble(), max.getAsInt()));
    } catch (IllegalArgumentException e) {
      values.reportIfAlone(field, e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<ClusterSpec> cluster(
      TreeField cluster, Provider provider, int zones, List<ServiceSpec> services) {
    String region = values.text(cluster.child("region")).orElse(Defaults.region(provider));
    TreeField nodes = cluster.child("nodes");
    TreeField countField = nodes.child("count");
    OptionalInt count =
        countField.json().isString() && countField.json().asString().equals("auto")
            ? OptionalInt.empty()
            : values.integer(countField, 1);
    String type = values.text(nodes.child("type")).orElse(Defaults.nodeType(provider));
    Cni cni = values.word(cluster.child("cni"), Cni.class).orElse(Defaults.CNI);
    KubeProxyMode kubeProxy =
        values.word(cluster.child("kubeProxy"), KubeProxyMode.class).orElse(Defaults.KUBE_PROXY);
    IpvsScheduler scheduler =
        values
            .word(cluster.child("ipvsScheduler"), IpvsScheduler.class)
            .orElse(Defaults.IPVS_SCHEDULER);
    int ownServices = services.stream().mapToInt(ServiceSpec::copies).sum();
    TreeField totalField = cluster.child("totalServices");
    int totalServices = values.integer(totalField, 1).orElse(Math.max(1, ownServices));
    if (totalField.present() && totalServices < ownServices) {
      values.report(
          totalField,
          "totalServices "
              + totalServices
              + " is fewer than the "
              + ownServices
              + " Services this file defines (copies counted)");
    }
    NetworkProfile network =
        values.word(cluster.child("network"), NetworkProfile.class).orElse(Defaults.NETWORK);
    TreeField hops = cluster.child("hops");
    List<Optional<Distribution>> hop = new ArrayList<>();
    for (String name : List.of("veth", "crossNode", "crossZone", "encapsulation", "internet")) {
      hop.add(values.distribution(hops.child(name), Dimension.TIME));
    }
    TreeField bandwidth = cluster.child("bandwidth");
    var node = values.bandwidth(bandwidth.child("node"));
    var flow = values.bandwidth(bandwidth.child("flow"));
    try {
      return Optional.of(
          new ClusterSpec(
              provider,
              region,
              zones,
              new NodePool(count, type),
              cni,
              kubeProxy,
              scheduler,
              totalServices,
              network,
              new HopOverrides(hop.get(0), hop.get(1), hop.get(2), hop.get(3), hop.get(4)),
              new BandwidthLimits(node, flow)));
    } catch (IllegalArgumentException e) {
      values.reportIfAlone(cluster, e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<WorkloadSpec> workload(TreeField workload, List<MixEntry> mix) {
    int before = values.count();
    TreeField clientsField = workload.child("clients");
    OptionalInt clients =
        clientsField.json().isString() && clientsField.json().asString().equals("many")
            ? OptionalInt.empty()
            : values.integer(clientsField, 1);
    ConnectionMode connections =
        values
            .word(workload.child("connections"), ConnectionMode.class)
            .orElse(ConnectionMode.KEEP_ALIVE);
    Optional<ArrivalProcess> arrivals = values.arrivals(workload.child("arrivals"));
    TreeField timeoutField = workload.child("timeout");
    Duration timeout = values.duration(timeoutField).orElse(Defaults.TIMEOUT);
    if (timeout.isZero() || timeout.isNegative()) {
      values.report(timeoutField, "timeout must be positive, got " + timeoutField.text());
      return Optional.empty();
    }
    if (values.count() > before || arrivals.isEmpty() || mix.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new WorkloadSpec(clients, connections, arrivals.get(), timeout, mix));
  }

  private List<BoundMix> mix(TreeField list, List<ServiceSpec> services) {
    List<BoundMix> mix = new ArrayList<>();
    Set<String> known = new LinkedHashSet<>();
    services.forEach(s -> known.add(s.name()));
    if (!list.present()) {
      for (ServiceSpec service : services) {
        mix.add(
            new BoundMix(
                new MixEntry(
                    service.name(),
                    new MixEntry.ServiceTarget(service.name()),
                    Defaults.MIX_WEIGHT),
                list));
      }
      return mix;
    }
    for (TreeField entry : list.elements()) {
      Optional<String> service = values.text(entry.child("service"));
      Optional<String> host = values.text(entry.child("host"));
      Optional<String> path = values.text(entry.child("path"));
      double weight =
          values
              .number(entry.child("weight"), ValueReader.Bounds.POSITIVE)
              .orElse(Defaults.MIX_WEIGHT);
      if (service.isPresent() && (host.isPresent() || path.isPresent())) {
        values.report(entry, "a mix entry names a service or a host and path, not both");
      } else if (service.isPresent()) {
        if (!known.contains(service.get())) {
          values.report(
              entry.child("service"),
              "service '"
                  + service.get()
                  + "' is not defined"
                  + Suggestion.didYouMean(service.get(), known));
        } else {
          mix.add(
              new BoundMix(
                  new MixEntry(service.get(), new MixEntry.ServiceTarget(service.get()), weight),
                  entry));
        }
      } else if (host.isPresent() || path.isPresent()) {
        String route = host.orElse("") + path.orElse("");
        if (path.map(p -> p.startsWith("/")).orElse(true)) {
          mix.add(
              new BoundMix(
                  new MixEntry(
                      route, new MixEntry.HostPath(host.orElse(""), path.orElse("/")), weight),
                  entry));
        }
      } else if (entry.json().isObject()) {
        values.report(entry, "a mix entry needs a service, or a host and/or a path");
      }
    }
    return mix;
  }

  /**
   * Every host/path entry is routed by every exposure, as its Ingress rules route requests: a
   * rule's host and path match, or there is a default backend. Otherwise every such request would
   * get 404.
   */
  private void checkRoutes(List<BoundMix> mix, List<ExposureBinder.Bound> exposures) {
    for (ExposureBinder.Bound exposure : exposures) {
      IngressRules rules = exposure.spec().ingress();
      IngressRouter router = new IngressRouter(rules);
      for (BoundMix bound : mix) {
        if (bound.entry().target() instanceof MixEntry.HostPath target
            && router.route(target.host(), target.path()).isEmpty()) {
          List<String> hosts = new ArrayList<>();
          rules.rules().forEach(r -> r.host().ifPresent(hosts::add));
          boolean hostKnown = hosts.stream().anyMatch(h -> h.equalsIgnoreCase(target.host()));
          TreeField at =
              bound.field().child(target.host().isEmpty() || hostKnown ? "path" : "host");
          String suggestion =
              hostKnown
                  ? ""
                  : Suggestion.nearest(target.host(), hosts)
                      .map(h -> "; did you mean '" + h + "'?")
                      .orElse(hosts.isEmpty() ? "" : "; its hosts: " + String.join(", ", hosts));
          values.report(
              at,
              "no Ingress rule of exposure '"
                  + exposure.spec().name()
                  + "' matches '"
                  + bound.entry().route()
                  + "' and it has no default backend"
                  + suggestion);
        }
      }
    }
  }

  /** A bound mix entry and the field it came from. */
  private record BoundMix(MixEntry entry, TreeField field) {}

  private SloSpec slo(TreeField slo) {
    return new SloSpec(
        values.duration(slo.child("latencyP50")),
        values.duration(slo.child("latencyP90")),
        values.duration(slo.child("latencyP99")),
        values.duration(slo.child("latencyP999")),
        values.duration(slo.child("latencyMean")),
        values.fraction(slo.child("errorRate")),
        values.word(slo.child("measuredAt"), MeasuredAt.class).orElse(MeasuredAt.CLIENT));
  }

  /**
   * Where prices come from: the file of {@code pricing.catalog}, which must read as a catalogue, or
   * else the catalogue kubeplan ships for the cluster's provider and region, which must exist.
   */
  private Optional<PricingSpec> pricing(
      TreeField pricing, TreeField cluster, Optional<ClusterSpec> clusterSpec) {
    TreeField catalogField = pricing.child("catalog");
    Optional<Path> catalog = values.text(catalogField).map(t -> baseDir.resolve(t).normalize());
    if (catalog.isPresent() && !Files.isRegularFile(catalog.get())) {
      values.report(catalogField, "price catalogue '" + catalogField.text() + "' does not exist");
      return Optional.empty();
    }
    if (catalog.isPresent() && !Files.isReadable(catalog.get())) {
      values.report(catalogField, "price catalogue '" + catalogField.text() + "' cannot be read");
      return Optional.empty();
    }
    try {
      if (catalog.isPresent()) {
        PriceCatalog.load(catalog.get());
      } else if (clusterSpec.isPresent() && !refused(cluster.child("provider"))) {
        PriceCatalog.builtIn(clusterSpec.get().provider(), clusterSpec.get().region());
      }
    } catch (CatalogException e) {
      // The catalogue's own message names its file, line and field, or the catalogues built in.
      values.report(catalog.isPresent() ? catalogField : cluster.child("region"), e.getMessage());
      return Optional.empty();
    }
    TreeField overrides = pricing.child("overrides");
    Map<String, Double> prices = new LinkedHashMap<>();
    for (Map.Entry<String, String> field : PRICE_FIELDS) {
      values
          .number(overrides.child(field.getKey()), ValueReader.Bounds.NON_NEGATIVE)
          .ifPresent(price -> prices.put(field.getValue(), price));
    }
    Map<String, Double> nodeHourly = new LinkedHashMap<>();
    TreeField nodes = overrides.child("nodeHourly");
    if (nodes.json().isObject()) {
      for (String type : nodes.json().propertyNames()) {
        values
            .number(nodes.child(type), ValueReader.Bounds.NON_NEGATIVE)
            .ifPresent(price -> nodeHourly.put(type, price));
      }
    }
    return Optional.of(new PricingSpec(catalog, new PriceOverrides(prices, nodeHourly)));
  }

  /** Whether {@code field} is written and a problem was reported at it. */
  private boolean refused(TreeField field) {
    return field.present() && problems.hasAt(field.position());
  }
}
