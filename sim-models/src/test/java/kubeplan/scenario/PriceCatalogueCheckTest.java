package kubeplan.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader makes sure the prices can be found before anything runs: the catalogue kubeplan
 * ships for the cluster's provider and region, or the file of {@code pricing.catalog}, which must
 * read as a catalogue. Each failure is a problem at the field to change.
 */
class PriceCatalogueCheckTest {
  /** MINIMAL's 11 lines, then the cluster at lines 12-14 and the pricing at lines 15-16. */
  private static final String IN_EU_WEST_1 =
      ScenarioFiles.MINIMAL + "cluster:\n  provider: aws\n  region: eu-west-1\n";

  @TempDir Path dir;

  @Test
  void regionWithoutBuiltInCatalogue_isReportedAtTheRegion_withTheCataloguesBuiltIn() {
    Path file = ScenarioFiles.write(dir, "euw.yaml", IN_EU_WEST_1);

    ScenarioException refused =
        assertThrows(ScenarioException.class, () -> ScenarioReader.read(file));

    assertEquals(
        file + ":14:11: cluster.region: no built-in price catalogue for aws eu-west-1 (built in:"
            + " aws-us-east-1.yaml, gcp-us-central1.yaml, azure-eastus.yaml); point"
            + " pricing.catalog at a catalogue file of your own",
        refused.getMessage());
  }

  @Test
  void regionWithoutBuiltInCatalogue_isRead_whenPricingCatalogNamesAFileOfTheUsersOwn()
      throws ScenarioException {
    ScenarioFiles.write(dir, "prices.yaml", "provider: aws\nregion: eu-west-1\n");
    Path file =
        ScenarioFiles.write(dir, "euw.yaml", IN_EU_WEST_1 + "pricing:\n  catalog: prices.yaml\n");

    Scenario scenario = ScenarioReader.read(file).points().get(0).scenario();

    assertEquals("eu-west-1", scenario.cluster().region());
    assertEquals(dir.resolve("prices.yaml"), scenario.pricing().catalog().orElseThrow());
  }

  @Test
  void catalogueThatDoesNotRead_isReportedAtPricingCatalog_withItsOwnFileLineAndField() {
    Path prices =
        ScenarioFiles.write(
            dir,
            "prices.yaml",
            "provider: aws\nregion: eu-west-1\ncontrolPlane:\n"
                + "  {usd: -1, per: cluster-hour, source: https://x, read: 2026-11-27}\n");
    Path file =
        ScenarioFiles.write(dir, "euw.yaml", IN_EU_WEST_1 + "pricing:\n  catalog: prices.yaml\n");

    ScenarioException refused =
        assertThrows(ScenarioException.class, () -> ScenarioReader.read(file));

    assertEquals(
        file + ":16:12: pricing.catalog: " + prices + ":4:67: controlPlane: price usd must be a"
            + " finite number >= 0: -1.0",
        refused.getMessage());
  }

  @Test
  void catalogueThatDoesNotExist_isReportedAtPricingCatalog() {
    Path file =
        ScenarioFiles.write(dir, "euw.yaml", IN_EU_WEST_1 + "pricing:\n  catalog: nowhere.yaml\n");

    ScenarioException refused =
        assertThrows(ScenarioException.class, () -> ScenarioReader.read(file));

    assertEquals(
        file + ":16:12: pricing.catalog: price catalogue 'nowhere.yaml' does not exist",
        refused.getMessage());
  }
}
