package kubeplan.cost;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.InjectableValues;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A provider's prices for one region, read from a YAML file in which every price names its source
 * URL and the date it was read. kubeplan ships {@code aws-us-east-1.yaml}, {@code
 * gcp-us-central1.yaml} and {@code azure-eastus.yaml}; a scenario may point {@code pricing.catalog}
 * at its own file (negotiated prices, another region) of the same form.
 *
 * <p>A catalogue may leave prices out. Reading it never fails for that: {@link CostModel} fails
 * when usage needs a price that is missing, naming the item and this catalogue's {@code origin}.
 *
 * @param provider the cloud whose billing rules the prices follow
 * @param region the region they apply to
 * @param description free text: what the file covers and what it leaves out
 * @param loadBalancers billing of each load balancer kind, by the kind's scenario name; copied
 * @param nodes price per node-hour by instance type; copied
 * @param crossZoneTransfer bytes across zones in the region
 * @param internetEgress bytes to the internet, first tier
 * @param controlPlane one cluster's control plane per hour
 * @param publicIpv4 one public IPv4 address per hour
 * @param origin where the catalogue came from, for messages (a path, or the built-in file's name)
 */
public record PriceCatalog(
    @JsonProperty(required = true) Provider provider,
    @JsonProperty(required = true) String region,
    Optional<String> description,
    Map<String, LoadBalancerPricing> loadBalancers,
    Map<String, Price> nodes,
    Optional<CrossZoneTransfer> crossZoneTransfer,
    Optional<Price> internetEgress,
    Optional<Price> controlPlane,
    Optional<Price> publicIpv4,
    @JacksonInject(value = PriceCatalog.ORIGIN, useInput = OptBoolean.FALSE) String origin) {

  private static final String ORIGIN = "kubeplan.cost.origin";
  private static final String BUILT_IN_FOLDER = "/kubeplan/cost/";

  /** Immutable and thread-safe; building a YAML mapper is the slow part of reading. */
  private static final ObjectReader READER =
      YAMLMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build()
          .readerFor(PriceCatalog.class);

  /** The catalogues shipped in the jar, as {@code <provider>-<region>.yaml}. */
  public static final List<String> BUILT_IN =
      List.of("aws-us-east-1.yaml", "gcp-us-central1.yaml", "azure-eastus.yaml");

  /** The built-in catalogues read so far, by file name: each is read once per JVM. */
  private static final Map<String, PriceCatalog> BUILT_IN_READ = new ConcurrentHashMap<>();

  public PriceCatalog {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(description, "description");
    loadBalancers = loadBalancers == null ? Map.of() : Map.copyOf(loadBalancers);
    nodes = nodes == null ? Map.of() : Map.copyOf(nodes);
    Objects.requireNonNull(crossZoneTransfer, "crossZoneTransfer");
    Objects.requireNonNull(internetEgress, "internetEgress");
    Objects.requireNonNull(controlPlane, "controlPlane");
    Objects.requireNonNull(publicIpv4, "publicIpv4");
    Objects.requireNonNull(origin, "origin");
    Map<String, Price> all =
        pricesOf(loadBalancers, nodes, crossZoneTransfer, internetEgress, controlPlane, publicIpv4);
    for (Map.Entry<String, Price> price : all.entrySet()) {
      requireDated(price.getKey(), price.getValue());
    }
    for (Map.Entry<String, LoadBalancerPricing> kind : loadBalancers.entrySet()) {
      kind.getValue()
          .dataProcessed()
          .ifPresent(p -> requireVolume("loadBalancers." + kind.getKey() + ".dataProcessed", p));
    }
    crossZoneTransfer.ifPresent(t -> requireVolume("crossZoneTransfer.price", t.price()));
    internetEgress.ifPresent(p -> requireVolume("internetEgress", p));
  }

  /**
   * Reads a catalogue file.
   *
   * @throws CatalogException naming the file, the line and the field of the first problem
   */
  public static PriceCatalog load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new CatalogException(file + ": cannot read price catalogue: " + e.getMessage(), e);
    }
  }

  /**
   * The catalogue kubeplan ships for a provider and region.
   *
   * @throws CatalogException when none is shipped, listing those that are
   */
  public static PriceCatalog builtIn(Provider provider, String region) {
    String name = provider.fileName() + "-" + region + ".yaml";
    if (!BUILT_IN.contains(name)) {
      throw new CatalogException(
          "no built-in price catalogue for "
              + provider.fileName()
              + " "
              + region
              + " (built in: "
              + String.join(", ", BUILT_IN)
              + "); point pricing.catalog at a catalogue file of your own");
    }
    return BUILT_IN_READ.computeIfAbsent(name, PriceCatalog::readBuiltIn);
  }

  /**
   * Reads every built-in catalogue ahead of its first use. Reading the first one costs a few
   * hundred milliseconds of start-up (the YAML mapper learns the catalogue's types), so the
   * command does it on a background thread while it parses its arguments.
   */
  public static void preload() {
    for (String name : BUILT_IN) {
      BUILT_IN_READ.computeIfAbsent(name, PriceCatalog::readBuiltIn);
    }
  }

  private static PriceCatalog readBuiltIn(String name) {
    try (InputStream in = PriceCatalog.class.getResourceAsStream(BUILT_IN_FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("built-in price catalogue missing from the jar: " + name);
      }
      return read(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a catalogue from a stream.
   *
   * @param origin what to call it in messages
   * @throws CatalogException naming {@code origin}, the line and the field of the first problem
   */
  public static PriceCatalog read(InputStream in, String origin) {
    ObjectReader reader = READER.with(new InjectableValues.Std().addValue(ORIGIN, origin));
    try {
      return reader.readValue(in);
    } catch (JacksonException e) {
      throw new CatalogException(describe(origin, e), e);
    }
  }

  private static String describe(String origin, JacksonException e) {
    // Unknown keys of a record reach Jackson through a token buffer that has no location.
    TokenStreamLocation at = e.getLocation();
    String where =
        at == null || at.getLineNr() < 1
            ? origin
            : origin + ":" + at.getLineNr() + ":" + at.getColumnNr();
    String path =
        e.getPath().stream()
            .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
            .collect(Collectors.joining("."));
    Throwable cause = e.getCause();
    String reason =
        cause instanceof IllegalArgumentException ? cause.getMessage() : e.getOriginalMessage();
    return where + ": " + (path.isEmpty() ? "" : path + ": ") + reason;
  }

  /**
   * The billing of a load balancer kind.
   *
   * @throws CatalogException when the catalogue has no such kind, listing those it has
   */
  public LoadBalancerPricing loadBalancer(String kind) {
    LoadBalancerPricing pricing = loadBalancers.get(kind);
    if (pricing == null) {
      throw new CatalogException(
          origin
              + ": no load balancer kind '"
              + kind
              + "' in the "
              + provider.label()
              + " catalogue (it has: "
              + String.join(", ", loadBalancers.keySet().stream().sorted().toList())
              + ")");
    }
    return pricing;
  }

  /**
   * A price (or priced part) the usage needs.
   *
   * @param item the price's path in the catalogue file, for the message
   * @param neededFor what it would price, for the message
   * @throws CatalogException naming this catalogue and the item when the price is missing
   */
  public <T> T require(Optional<T> price, String item, String neededFor) {
    return price.orElseThrow(
        () ->
            new CatalogException(
                origin
                    + ": no price for "
                    + item
                    + ", needed for "
                    + neededFor
                    + "; add it to the catalogue or set it in pricing.overrides"));
  }

  /** The price of one node of a type for an hour. */
  public Price node(String type) {
    return require(Optional.ofNullable(nodes.get(type)), "nodes." + type, "the nodes");
  }

  /**
   * This catalogue with single prices replaced.
   *
   * @throws CatalogException when an override names a price that no part of this catalogue has and
   *     whose unit is therefore unknown
   */
  public PriceCatalog withOverrides(PriceOverrides overrides) {
    return overrides.applyTo(this);
  }

  /** Every price of the catalogue by its path in the file. */
  public Map<String, Price> prices() {
    return pricesOf(
        loadBalancers, nodes, crossZoneTransfer, internetEgress, controlPlane, publicIpv4);
  }

  private static Map<String, Price> pricesOf(
      Map<String, LoadBalancerPricing> loadBalancers,
      Map<String, Price> nodes,
      Optional<CrossZoneTransfer> crossZoneTransfer,
      Optional<Price> internetEgress,
      Optional<Price> controlPlane,
      Optional<Price> publicIpv4) {
    Map<String, Price> all = new LinkedHashMap<>();
    loadBalancers.forEach(
        (name, kind) -> {
          String at = "loadBalancers." + name;
          kind.hourly().ifPresent(p -> all.put(at + ".hourly", p));
          kind.rules()
              .flatMap(RuleTier::additional)
              .ifPresent(p -> all.put(at + ".rules.additional", p));
          kind.capacityUnit()
              .flatMap(CapacityUnit::hourly)
              .ifPresent(p -> all.put(at + ".capacityUnit.hourly", p));
          kind.dataProcessed().ifPresent(p -> all.put(at + ".dataProcessed", p));
        });
    nodes.forEach((type, p) -> all.put("nodes." + type, p));
    crossZoneTransfer.ifPresent(t -> all.put("crossZoneTransfer.price", t.price()));
    internetEgress.ifPresent(p -> all.put("internetEgress", p));
    controlPlane.ifPresent(p -> all.put("controlPlane", p));
    publicIpv4.ifPresent(p -> all.put("publicIpv4", p));
    return all;
  }

  private static void requireDated(String item, Price price) {
    if (price.read().isEmpty() && !Price.OVERRIDE_SOURCE.equals(price.source())) {
      throw new IllegalArgumentException(item + ": every price needs the date it was read (read:)");
    }
  }

  private static void requireVolume(String item, Price price) {
    if (!price.perVolume()) {
      throw new IllegalArgumentException(
          item + ": a price per volume must be per GB or GiB, not " + price.per());
    }
  }
}
