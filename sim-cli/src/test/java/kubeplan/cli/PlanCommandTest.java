package kubeplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {
  @TempDir Path dir;

  /** One M/M/1 replica per 400/s ÷ n: 7 replicas meet p99 120 ms (107.5 ms), 6 do not. */
  @Test
  void feasiblePlan_exitsZeroPrintsThePlanAndWritesPlanCsv() throws Exception {
    Path out = dir.resolve("plan");
    Execution plan = Execution.of("plan", fixture("mm1-replicas.yaml"), "--out", out.toString(),
        "--threads", "2");

    assertEquals(ExitStatus.OK, plan.status(), plan.err());
    assertTrue(plan.out().startsWith("cheapest plan that meets the SLO at 400/s: lb"
        + " (LoadBalancer) with api × 7 (concurrency 1) and "), plan.out());
    assertTrue(plan.out().contains("screened 40 configurations, discarded 4 by bounds,"
        + " simulated 2\ncost/p99 frontier: "), plan.out());
    List<String> csv = Files.readAllLines(out.resolve("plan.csv"));
    assertEquals(2, csv.size());
    assertTrue(csv.get(0).startsWith("scenario,point,exposure,type,rate_rps,slo_met,cheapest,"
        + "replicas,concurrency,controller_replicas,nodes,node_type,external_traffic_policy,"
        + "kube_proxy,cost_per_month_usd,"), csv.get(0));
    assertTrue(csv.get(1).startsWith("plan-mm1-replicas,0,lb,LoadBalancer,400,true,true,api=7,"),
        csv.get(1));
    List<String> frontier = Files.readAllLines(out.resolve("frontier.csv"));
    assertEquals("scenario,point,exposure,type,replicas,concurrency,controller_replicas,nodes,"
        + "node_type,external_traffic_policy,kube_proxy,cost_per_month_usd,latency_p99_ms,"
        + "latency_p99_ci_ms,slo_met", frontier.get(0));
    assertTrue(frontier.stream().anyMatch(row -> row.startsWith("plan-mm1-replicas,0,lb,"
        + "LoadBalancer,api=7,api=1,,1,m6i.large,,,") && row.endsWith(",true")),
        frontier.toString());
    BufferedImage chart = ImageIO.read(out.resolve("charts/frontier.png").toFile());
    assertEquals(1200, chart.getWidth());
    assertEquals(800, chart.getHeight());
    String page = Files.readString(out.resolve("report.html"));
    assertTrue(page.contains("cheapest plan that meets the SLO at 400/s: lb (LoadBalancer) with"
        + " api × 7"), page);
    assertTrue(page.contains("Screened 40 configurations, discarded 4 by hard bounds, simulated 2"),
        page);
    assertTrue(page.contains("<img src=\"data:image/png;base64,"), "frontier chart embedded");
    assertFalse(page.matches("(?s).*(src|href)=\"(https?:)?//.*"), "no external URL");
  }

  @Test
  void nothingMeetsTheSlo_exitsThreeNamingTheBindingConstraint() throws Exception {
    Path out = dir.resolve("plan");
    Execution plan = Execution.of("plan", fixture("too-few-replicas.yaml"), "--out",
        out.toString());

    assertEquals(PlanCommand.NO_PLAN, plan.status());
    assertEquals("kubeplan plan: no configuration meets the SLO: service api cannot keep up at"
        + " 400/s: it needs at least 5 replicas with concurrency 1, and the plan allows at"
        + " most 4\n", plan.err());
    assertTrue(Files.exists(out.resolve("plan.csv")));
  }

  @Test
  void badPlanSection_refusedWithLocatedProblemAndNothingWritten() throws Exception {
    Path out = dir.resolve("plan");
    Execution plan = Execution.of("plan", fixture("unknown-service.yaml"), "--out",
        out.toString());

    assertEquals(ExitStatus.REFUSED, plan.status());
    assertTrue(plan.err().contains("unknown-service.yaml:32:5: plan.services.apx: service 'apx'"
        + " is not defined; did you mean 'api'?"), plan.err());
    assertFalse(Files.exists(out));
  }

  private static String fixture(String name) throws Exception {
    return Path.of(PlanCommandTest.class.getResource("plan/" + name).toURI()).toString();
  }
}
