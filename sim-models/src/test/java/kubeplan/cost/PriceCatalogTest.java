package kubeplan.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriceCatalogTest {
  private static final PriceCatalog AWS = PriceCatalog.builtIn(Provider.AWS, "us-east-1");

  private static final String HEADER = "provider: aws\nregion: test\n";

  @ParameterizedTest
  @CsvSource({"aws, us-east-1", "gcp, us-central1", "azure, eastus"})
  void builtIn_everyPrice_namesAnHttpsSourceAndTheDateItWasRead(String provider, String region) {
    PriceCatalog catalog = PriceCatalog.builtIn(Provider.fromFileName(provider), region);

    assertEquals(provider, catalog.provider().fileName());
    for (String item : new String[] {"controlPlane", "internetEgress", "crossZoneTransfer.price"}) {
      assertTrue(catalog.prices().containsKey(item), item);
    }
    assertTrue(!catalog.nodes().isEmpty() && !catalog.loadBalancers().isEmpty());
    catalog
        .prices()
        .forEach(
            (item, price) -> {
              assertTrue(price.source().startsWith("https://"), item + ": " + price.source());
              assertTrue(price.read().isPresent(), item);
            });
  }

  @Test
  void builtIn_aws_capacityUnitsCoverWhatThePricingPageSays() {
    CapacityUnit nlcu = AWS.loadBalancer("nlb").capacityUnit().orElseThrow();
    CapacityUnit lcu = AWS.loadBalancer("alb").capacityUnit().orElseThrow();

    assertEquals(OptionalDouble.of(800), nlcu.newConnectionsPerSecond());
    assertEquals(OptionalDouble.of(100_000), nlcu.activeConnections());
    assertEquals(OptionalDouble.of(1e9), nlcu.bytesProcessedPerHour());
    assertTrue(nlcu.ruleEvaluationsPerSecond().isEmpty());
    assertEquals(OptionalDouble.of(25), lcu.newConnectionsPerSecond());
    assertEquals(OptionalDouble.of(3000), lcu.activeConnections());
    assertEquals(OptionalDouble.of(1e9), lcu.bytesProcessedPerHour());
    assertEquals(OptionalDouble.of(1000), lcu.ruleEvaluationsPerSecond());
  }

  @Test
  void builtIn_aws_defaultQuotasAre50Nlb50Alb20Clb() {
    assertEquals(50, quota("nlb"));
    assertEquals(50, quota("alb"));
    assertEquals(20, quota("clb"));
  }

  @Test
  void builtIn_regionNotShipped_errorListsTheShippedCatalogues() {
    CatalogException error =
        assertThrows(
            CatalogException.class, () -> PriceCatalog.builtIn(Provider.AZURE, "westeurope"));

    assertTrue(error.getMessage().contains("azure westeurope"), error.getMessage());
    assertTrue(error.getMessage().contains("aws-us-east-1.yaml"), error.getMessage());
    assertTrue(error.getMessage().contains("pricing.catalog"), error.getMessage());
  }

  @Test
  void load_unknownKey_errorNamesFileAndKey(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mine.yaml");
    Files.writeString(file, HEADER + "internetEgres:\n  usd: 0.09\n");

    CatalogException error = assertThrows(CatalogException.class, () -> PriceCatalog.load(file));

    assertTrue(
        error.getMessage().startsWith(file + ": internetEgres: Unrecognized property"),
        error.getMessage());
  }

  @Test
  void load_valueOfWrongType_errorNamesFileLineAndField(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mine.yaml");
    Files.writeString(file, HEADER + "loadBalancers:\n  nlb: [1, 2]\n");

    CatalogException error = assertThrows(CatalogException.class, () -> PriceCatalog.load(file));

    assertTrue(error.getMessage().startsWith(file + ":4:"), error.getMessage());
    assertTrue(error.getMessage().contains("loadBalancers.nlb"), error.getMessage());
  }

  @Test
  void read_priceWithoutUsd_errorNamesTheField() {
    CatalogException error =
        assertThrows(
            CatalogException.class,
            () ->
                read(
                    HEADER
                        + "controlPlane: {per: cluster-hour, source: https://x, read:"
                        + " 2026-11-27}\n"));

    assertTrue(error.getMessage().contains("controlPlane"), error.getMessage());
    assertTrue(error.getMessage().contains("'usd'"), error.getMessage());
  }

  @Test
  void read_priceWithoutReadDate_refused() {
    CatalogException error =
        assertThrows(
            CatalogException.class,
            () ->
                read(HEADER + "controlPlane: {usd: 0.1, per: cluster-hour, source: https://x}\n"));

    assertTrue(
        error.getMessage().contains("controlPlane: every price needs the date it was read"),
        error.getMessage());
  }

  @Test
  void read_volumePricePerTerabyte_refused() {
    CatalogException error =
        assertThrows(
            CatalogException.class,
            () ->
                read(
                    HEADER
                        + "internetEgress: {usd: 90, per: TB, source: https://x, read:"
                        + " 2026-11-27}\n"));

    assertTrue(
        error.getMessage().contains("internetEgress: a price per volume must be per GB or GiB"),
        error.getMessage());
  }

  @Test
  void read_negativePrice_refused() {
    CatalogException error =
        assertThrows(
            CatalogException.class,
            () ->
                read(
                    HEADER
                        + "controlPlane: {usd: -1, per: cluster-hour, source: https://x, read:"
                        + " 2026-11-27}\n"));

    assertTrue(
        error.getMessage().contains("must be a finite number >= 0: -1.0"), error.getMessage());
  }

  @Test
  void overrides_capacityUnitHourly_changesTheKindsBilledByUnitsOnly() {
    PriceCatalog negotiated =
        AWS.withOverrides(new PriceOverrides(Map.of("capacityUnitHourly", 0.004), Map.of()));

    assertEquals(0.004, unitPrice(negotiated, "nlb"));
    assertEquals(0.004, unitPrice(negotiated, "alb"));
    assertTrue(negotiated.loadBalancer("clb").capacityUnit().isEmpty());
    Price overridden =
        negotiated.loadBalancer("nlb").capacityUnit().orElseThrow().hourly().orElseThrow();
    assertEquals(Price.OVERRIDE_SOURCE, overridden.source());
    assertEquals("NLCU-hour", overridden.per());
  }

  @Test
  void overrides_dataProcessedOnGcp_keepsTheCataloguesGibUnit() {
    PriceCatalog gcp =
        PriceCatalog.builtIn(Provider.GCP, "us-central1")
            .withOverrides(new PriceOverrides(Map.of("dataProcessed", 0.006), Map.of()));

    Price processed = gcp.loadBalancer("proxy").dataProcessed().orElseThrow();
    assertEquals(0.006, processed.usd());
    assertEquals("GiB", processed.per());
  }

  @Test
  void overrides_priceTheCatalogueLacksAndWhoseUnitIsUnknown_refused() {
    PriceCatalog bare = read(HEADER);

    CatalogException error =
        assertThrows(
            CatalogException.class,
            () -> bare.withOverrides(new PriceOverrides(Map.of("internetEgress", 0.05), Map.of())));
    assertTrue(error.getMessage().contains("pricing.overrides.internetEgress"), error.getMessage());
  }

  @Test
  void overrides_controlPlaneTheCatalogueLacks_added() {
    PriceCatalog bare =
        read(HEADER).withOverrides(new PriceOverrides(Map.of("controlPlaneHourly", 0.1), Map.of()));

    assertEquals(0.1, bare.controlPlane().orElseThrow().usd());
  }

  @Test
  void overrides_unknownKey_refusedListingTheKnownKeys() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> new PriceOverrides(Map.of("lbHourly", 0.02), Map.of()));

    assertTrue(
        error.getMessage().startsWith("pricing.overrides.lbHourly: unknown price"),
        error.getMessage());
    assertTrue(error.getMessage().contains("loadBalancerHourly"), error.getMessage());
  }

  private static int quota(String kind) {
    return AWS.loadBalancer(kind).quota().orElseThrow().loadBalancersPerRegion().getAsInt();
  }

  private static double unitPrice(PriceCatalog catalog, String kind) {
    return catalog.loadBalancer(kind).capacityUnit().orElseThrow().hourly().orElseThrow().usd();
  }

  private static PriceCatalog read(String yaml) {
    return PriceCatalog.read(CatalogFiles.stream(yaml), "inline.yaml");
  }
}
