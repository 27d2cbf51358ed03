package kubeplan.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed bills. Amounts are sums of a few products of doubles, exact to ~1e-13 USD; {@link
 * #CENT_FRACTION} (a millionth of a cent) is far above that and far below anything a bill shows.
 */
class CostModelTest {
  private static final double CENT_FRACTION = 1e-8;
  private static final double GB = 1e9;

  private static final PriceCatalog AWS = PriceCatalog.builtIn(Provider.AWS, "us-east-1");
  private static final PriceCatalog GCP = PriceCatalog.builtIn(Provider.GCP, "us-central1");
  private static final PriceCatalog AZURE = PriceCatalog.builtIn(Provider.AZURE, "eastus");

  /** The worked example: 100 Services, 1,000 req/s in total, 10 KB responses, on AWS. */
  private static final int SERVICES = 100;

  private static final double TOTAL_RPS = 1000;
  private static final double RESPONSE_BYTES = 10_000;

  @Test
  void nlbPerService_hundredServices_hourlyFeesAre1642Point50AMonth() {
    ExposureCost cost = price(AWS, usage(Provider.AWS, nlbs(SERVICES, 0, 0)));

    CostLine hours = line(cost, "load-balancer-hours");
    assertEquals(SERVICES * 730.0, hours.quantity(), CENT_FRACTION);
    assertEquals("NLB-hour", hours.unit());
    assertEquals(1642.50, hours.usdPerMonth(), CENT_FRACTION);
  }

  @Test
  void nlbPerService_workedExample_bytesDominateAndNlcusSumTo36PerHour() {
    double bytesPerLbHour = TOTAL_RPS / SERVICES * RESPONSE_BYTES * 3600; // 0.36 GB/h each
    ExposureCost cost = price(AWS, usage(Provider.AWS, nlbs(SERVICES, bytesPerLbHour, 0)));

    CostLine units = line(cost, "load-balancer-capacity-units");
    assertEquals(36 * 730.0, units.quantity(), CENT_FRACTION);
    assertEquals(36 * 0.006 * 730, units.usdPerMonth(), CENT_FRACTION); // $157.68
    double publicIpv4 = 300 * 0.005 * 730; // 100 NLBs in 3 zones
    assertEquals(1642.50 + 157.68 + publicIpv4, cost.usdPerMonth(), CENT_FRACTION);
  }

  @Test
  void sharedAlb_workedExample_hourlyFee16Point43And36LcusCost210Point24() {
    double bytesPerHour = TOTAL_RPS * RESPONSE_BYTES * 3600; // 36 GB/h
    ExposureCost cost = price(AWS, usage(Provider.AWS, List.of(alb(0, 0, bytesPerHour, 0))));

    assertEquals(16.43, round2(line(cost, "load-balancer-hours").usdPerMonth()));
    CostLine units = line(cost, "load-balancer-capacity-units");
    assertEquals("LCU-hour", units.unit());
    assertEquals(36 * 730.0, units.quantity(), CENT_FRACTION);
    assertEquals(210.24, units.usdPerMonth(), CENT_FRACTION);
  }

  @Test
  void alb_newConnectionsDominate_billsConnectionUnits() {
    // 250 new/s = 10 LCU; 0.5 GB/h = 0.5; 600 active = 0.2; no rules.
    assertEquals(10 * 730.0, lcuHours(alb(250, 600, 0.5 * GB, 0)), CENT_FRACTION);
  }

  @Test
  void alb_activeConnectionsDominate_billsActiveConnectionUnits() {
    // 9,000 active = 3 LCU; 25 new/s = 1; 2 GB/h = 2.
    assertEquals(3 * 730.0, lcuHours(alb(25, 9000, 2 * GB, 0)), CENT_FRACTION);
  }

  @Test
  void alb_bytesDominate_billsBytesUnits() {
    // 5 GB/h = 5 LCU; 50 new/s = 2; 3,000 active = 1; 1,000 rule evaluations/s = 1.
    assertEquals(5 * 730.0, lcuHours(alb(50, 3000, 5 * GB, 1000)), CENT_FRACTION);
  }

  @Test
  void alb_ruleEvaluationsDominate_billsRuleUnits() {
    // 7,000 evaluations/s = 7 LCU; 100 new/s = 4; 1 GB/h = 1.
    assertEquals(7 * 730.0, lcuHours(alb(100, 0, 1 * GB, 7000)), CENT_FRACTION);
  }

  @Test
  void nlb_ruleEvaluations_areNotADimensionOfAnNlcu() {
    LoadBalancerUsage nlb =
        new LoadBalancerUsage("load-balancer/a", "nlb", 1, 3, 8, 0, 0, 0.5 * GB, 5000);
    assertEquals(0.5 * 730, lcuHours(nlb), CENT_FRACTION);
  }

  @Test
  void gcpForwardingRules_fiveRules_costOneFirstTierPrice() {
    ExposureCost cost = price(GCP, usage(Provider.GCP, forwardingRules(5)));

    assertEquals(0.025, cost.usdPerHour(), CENT_FRACTION);
    assertTrue(lines(cost, "load-balancer-rules").isEmpty());
  }

  @Test
  void gcpForwardingRules_hundredRules_costFirstTierPlus95ExtraRules() {
    ExposureCost cost = price(GCP, usage(Provider.GCP, forwardingRules(100)));

    assertEquals(0.975, cost.usdPerHour(), CENT_FRACTION);
    assertEquals(95 * 730.0, line(cost, "load-balancer-rules").quantity(), CENT_FRACTION);
  }

  @Test
  void azureStandardLb_oneSharedLbWithHundredRules_costsFirstTierPlus95Rules() {
    LoadBalancerUsage shared =
        new LoadBalancerUsage("load-balancer/kubernetes", "standard", 100, 3, 0, 0, 0, 0, 0);
    ExposureCost cost = price(AZURE, usage(Provider.AZURE, List.of(shared)));

    assertEquals(0.975, cost.usdPerHour(), CENT_FRACTION);
  }

  @Test
  void azureStandardLb_rulesCountPerLoadBalancer_eachPaysItsFirstTier() {
    List<LoadBalancerUsage> two = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      two.add(new LoadBalancerUsage("load-balancer/" + i, "standard", 6, 3, 0, 0, 0, 0, 0));
    }
    ExposureCost cost = price(AZURE, usage(Provider.AZURE, two));

    assertEquals(2 * 0.025 + 2 * 0.01, cost.usdPerHour(), CENT_FRACTION);
  }

  @Test
  void gcpDataProcessed_billedPerGibOfBothDirections() {
    double gib = 1L << 30;
    LoadBalancerUsage rule =
        new LoadBalancerUsage("load-balancer/a", "proxy", 1, 1, 0, 0, 2 * gib, 3 * gib, 0);
    CostLine processed = line(price(GCP, usage(Provider.GCP, List.of(rule))), "data-processed");

    assertEquals("GiB", processed.unit());
    assertEquals(5 * 730 * 0.008, processed.usdPerMonth(), CENT_FRACTION);
  }

  @Test
  void crossZoneBytes_zero_noTransferLine() {
    ExposureCost cost = price(AWS, usage(Provider.AWS, nlbs(1, 0, 0)));

    assertTrue(lines(cost, "cross-zone-transfer").isEmpty());
  }

  @Test
  void crossZoneBytes_onAws_billedOutOfOneZoneAndIntoTheOther() {
    ExposureUsage usage = withCrossZone(usage(Provider.AWS, List.of()), 1 * GB, 1 * GB);
    CostLine transfer = line(price(AWS, usage), "cross-zone-transfer");

    assertEquals(2 * 2 * 730.0, transfer.quantity(), CENT_FRACTION); // 2 GB/h, charged twice
    assertEquals(29.20, transfer.usdPerMonth(), CENT_FRACTION);
  }

  @Test
  void crossZoneBytes_onGcp_billedOnceAtTheSendingZone() {
    double gib = 1L << 30;
    ExposureUsage usage = withCrossZone(usage(Provider.GCP, List.of()), gib, 0);

    assertEquals(730 * 0.01, line(price(GCP, usage), "cross-zone-transfer").usdPerMonth(), 1e-8);
  }

  @Test
  void publicIpv4_nlbsInThreeZones_oneAddressPerZone() {
    ExposureCost cost = price(AWS, usage(Provider.AWS, nlbs(SERVICES, 0, 0)));

    CostLine addresses = line(cost, "public-ipv4");
    assertEquals(300 * 730.0, addresses.quantity(), CENT_FRACTION);
    assertEquals(1095.0, addresses.usdPerMonth(), CENT_FRACTION);
  }

  @Test
  void internetEgress_36GbAnHour_firstTierPrice() {
    ExposureUsage usage =
        new ExposureUsage(
            "x", Provider.AWS, List.of(), new NodeUsage("m6i.large", 0), 0, 0, 0, 36 * GB, 0, 0);

    assertEquals(36 * 730 * 0.09, price(AWS, usage).usdPerMonth(), CENT_FRACTION);
  }

  @Test
  void nodesAndControlPlane_priceNodeHoursAndClusterHours() {
    ExposureUsage usage =
        new ExposureUsage(
            "x", Provider.AWS, List.of(), new NodeUsage("m6i.large", 6), 0.34, 0, 0, 0, 1, 0);
    ExposureCost cost = price(AWS, usage);

    assertEquals(6 * 730 * 0.096, line(cost, "nodes").usdPerMonth(), CENT_FRACTION);
    assertEquals(73.0, line(cost, "control-plane").usdPerMonth(), CENT_FRACTION);
    assertEquals(0.34, cost.ingressControllerVcpu());
  }

  @Test
  void costPerMillionRequests_controlPlaneOnlyAt100PerSecond_is73Over262Point8() {
    ExposureUsage usage =
        new ExposureUsage(
            "x", Provider.AWS, List.of(), new NodeUsage("m6i.large", 0), 0, 0, 0, 0, 1, 100);
    ExposureCost cost = price(AWS, usage);

    // $73 a month over 100 × 3,600 × 730 = 262.8 million requests.
    assertEquals(73.0 / 262.8, cost.usdPerMillionRequests().getAsDouble(), 1e-12);
  }

  @Test
  void costPerMillionRequests_noSuccessfulRequests_isEmpty() {
    ExposureCost cost = price(AWS, usage(Provider.AWS, nlbs(1, 0, 0)));

    assertTrue(cost.usdPerMillionRequests().isEmpty());
    assertTrue(cost.usdPerMonth() > 0);
  }

  @Test
  void quota_hundredNlbs_warnsOfAwsDefaultQuota() {
    ExposureCost cost = price(AWS, usage(Provider.AWS, nlbs(SERVICES, 0, 0)));

    assertEquals(1, cost.warnings().size());
    assertTrue(
        cost.warnings().get(0).startsWith("100 NLBs exceed AWS's default quota of 50 per region"),
        cost.warnings().get(0));
  }

  @Test
  void quota_fiftyNlbs_noWarning() {
    assertTrue(price(AWS, usage(Provider.AWS, nlbs(50, 0, 0))).warnings().isEmpty());
  }

  @Test
  void missingPrice_neededByUsage_errorNamesItemAndFile() {
    PriceCatalog noUnitPrice =
        PriceCatalog.read(
            CatalogFiles.stream(
                "provider: aws\n"
                    + "region: test\n"
                    + "loadBalancers:\n"
                    + "  nlb:\n"
                    + "    label: NLB\n"
                    + "    hourly: {usd: 0.0225, per: NLB-hour, source: https://x, read:"
                    + " 2026-11-27}\n"
                    + "    capacityUnit: {bytesProcessedPerHour: 1.0e9, source: https://x}\n"
                    + "    publicIpv4: not-billed\n"),
            "negotiated.yaml");

    CatalogException error =
        assertThrows(
            CatalogException.class,
            () -> new CostModel(noUnitPrice).price(usage(Provider.AWS, nlbs(2, GB, 0))));
    assertTrue(error.getMessage().startsWith("negotiated.yaml: no price for "), error.getMessage());
    assertTrue(error.getMessage().contains("loadBalancers.nlb.capacityUnit.hourly"));
  }

  @Test
  void missingPrice_notNeeded_pricesTheRest() {
    // The Azure catalogue has no public IPv4 price; the Standard LB does not bill addresses.
    LoadBalancerUsage shared =
        new LoadBalancerUsage("load-balancer/kubernetes", "standard", 1, 3, 0, 0, 0, 0, 0);
    ExposureCost cost = price(AZURE, usage(Provider.AZURE, List.of(shared)));

    assertTrue(lines(cost, "public-ipv4").isEmpty());
    assertEquals(0.025 * 730, cost.usdPerMonth(), CENT_FRACTION);
  }

  @Test
  void missingNodeType_errorNamesTheType() {
    ExposureUsage usage =
        new ExposureUsage(
            "x", Provider.AWS, List.of(), new NodeUsage("z9.huge", 1), 0, 0, 0, 0, 0, 0);

    CatalogException error = assertThrows(CatalogException.class, () -> price(AWS, usage));
    assertTrue(error.getMessage().contains("nodes.z9.huge"), error.getMessage());
    assertTrue(error.getMessage().startsWith("aws-us-east-1.yaml"), error.getMessage());
  }

  @Test
  void unknownLoadBalancerKind_errorListsTheCatalogueKinds() {
    LoadBalancerUsage gwlb = new LoadBalancerUsage("load-balancer/a", "gwlb", 1, 1, 0, 0, 0, 0, 0);

    CatalogException error =
        assertThrows(CatalogException.class, () -> price(AWS, usage(Provider.AWS, List.of(gwlb))));
    assertTrue(error.getMessage().contains("'gwlb'"), error.getMessage());
    assertTrue(error.getMessage().contains("alb, clb, nlb"), error.getMessage());
  }

  @Test
  void otherProvidersUsage_rejected() {
    CatalogException error =
        assertThrows(CatalogException.class, () -> price(AWS, usage(Provider.GCP, List.of())));
    assertTrue(error.getMessage().contains("runs on GCP"), error.getMessage());
  }

  @Test
  void overrides_loadBalancerHourly_replacesTheHourlyPriceOfEveryKind() {
    PriceCatalog negotiated =
        AWS.withOverrides(new PriceOverrides(Map.of("loadBalancerHourly", 0.03), Map.of()));
    ExposureCost cost = new CostModel(negotiated).price(usage(Provider.AWS, nlbs(SERVICES, 0, 0)));

    CostLine hours = line(cost, "load-balancer-hours");
    assertEquals(0.03, hours.unitPriceUsd());
    assertEquals("NLB-hour", hours.unit());
    assertEquals(SERVICES * 730 * 0.03, hours.usdPerMonth(), CENT_FRACTION);
  }

  @Test
  void overrides_nodeHourly_pricesATypeTheCatalogueLacks() {
    PriceCatalog negotiated =
        AWS.withOverrides(new PriceOverrides(Map.of(), Map.of("c7i.large", 0.0893)));
    ExposureUsage usage =
        new ExposureUsage(
            "x", Provider.AWS, List.of(), new NodeUsage("c7i.large", 2), 0, 0, 0, 0, 0, 0);

    CostLine nodes = line(new CostModel(negotiated).price(usage), "nodes");
    assertEquals(2 * 730 * 0.0893, nodes.usdPerMonth(), CENT_FRACTION);
  }

  private static ExposureCost price(PriceCatalog catalog, ExposureUsage usage) {
    return new CostModel(catalog).price(usage);
  }

  private static double lcuHours(LoadBalancerUsage lb) {
    return line(price(AWS, usage(Provider.AWS, List.of(lb))), "load-balancer-capacity-units")
        .quantity();
  }

  /** Only load balancers: no nodes, no transfer, no control plane. */
  private static ExposureUsage usage(Provider provider, List<LoadBalancerUsage> lbs) {
    return new ExposureUsage("x", provider, lbs, new NodeUsage("any", 0), 0, 0, 0, 0, 0, 0);
  }

  private static ExposureUsage withCrossZone(ExposureUsage u, double request, double response) {
    return new ExposureUsage(
        u.exposure(),
        u.provider(),
        u.loadBalancers(),
        u.nodes(),
        u.ingressControllerVcpu(),
        request,
        response,
        u.internetEgressBytesPerHour(),
        u.clusters(),
        u.successfulRequestsPerSecond());
  }

  /** {@code n} NLBs in three zones, each with the given bytes per hour and new connections. */
  private static List<LoadBalancerUsage> nlbs(int n, double bytesOutPerHour, double newPerSecond) {
    List<LoadBalancerUsage> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(
          new LoadBalancerUsage(
              "load-balancer/svc-" + i, "nlb", 1, 3, newPerSecond, 0, 0, bytesOutPerHour, 0));
    }
    return all;
  }

  private static LoadBalancerUsage alb(
      double newPerSecond, double active, double bytesPerHour, double rulesPerSecond) {
    return new LoadBalancerUsage(
        "load-balancer/ingress",
        "alb",
        1,
        3,
        newPerSecond,
        active,
        0,
        bytesPerHour,
        rulesPerSecond);
  }

  private static List<LoadBalancerUsage> forwardingRules(int n) {
    List<LoadBalancerUsage> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(new LoadBalancerUsage("load-balancer/svc-" + i, "passthrough", 1, 1, 0, 0, 0, 0, 0));
    }
    return all;
  }

  private static List<CostLine> lines(ExposureCost cost, String item) {
    return cost.lines().stream().filter(l -> l.item().equals(item)).collect(Collectors.toList());
  }

  private static CostLine line(ExposureCost cost, String item) {
    List<CostLine> found = lines(cost, item);
    assertEquals(1, found.size(), () -> item + " lines in " + cost.lines());
    return found.get(0);
  }

  private static double round2(double usd) {
    return Math.round(usd * 100) / 100.0;
  }
}
