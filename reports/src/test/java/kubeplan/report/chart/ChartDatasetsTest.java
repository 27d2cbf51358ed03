package kubeplan.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kubeplan.results.ExposureResults;
import kubeplan.results.Hop;
import kubeplan.results.LatencyCdf;
import kubeplan.results.PointResults;
import kubeplan.results.ResultsFixtures;
import kubeplan.results.ScenarioResults;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class ChartDatasetsTest {
  private static final PointResults SEED = ResultsFixtures.threeExposures().points().get(0);

  @Test
  void latencyCdf_hasOneSeriesPerExposureAndOneItemPerFractionBetweenMinAndMax() {
    XYSeriesCollection dataset = LatencyCdfChart.dataset(SEED);

    assertEquals(3, dataset.getSeriesCount());
    for (int s = 0; s < 3; s++) {
      assertEquals(LatencyCdf.FRACTIONS.size() - 2, dataset.getItemCount(s));
    }
    assertEquals("ingress", dataset.getSeriesKey(2));
    assertEquals(100, dataset.getYValue(0, 197), 1e-9);
  }

  @Test
  void latencyCdf_exposureWithoutSuccessfulRequests_hasAnEmptySeries() {
    PointResults point = ResultsFixtures.withFailedExposure().points().get(0);

    XYSeriesCollection dataset = LatencyCdfChart.dataset(point);

    assertEquals(4, dataset.getSeriesCount());
    assertEquals(0, dataset.getItemCount(3));
  }

  @Test
  void percentiles_haveP50AndP99ForEachExposureWithTheCiAsErrorBar() {
    DefaultStatisticalCategoryDataset dataset = PercentileChart.dataset(SEED);
    ExposureResults nodeport = SEED.exposures().get(1);

    assertEquals(List.of(PercentileChart.P50, PercentileChart.P99), dataset.getRowKeys());
    assertEquals(List.of("lb-per-service", "nodeport", "ingress"), dataset.getColumnKeys());
    assertEquals(
        nodeport.latency().orElseThrow().p99Ms().value(),
        dataset.getMeanValue("p99", "nodeport").doubleValue());
    assertEquals(
        nodeport.latency().orElseThrow().p99Ms().ciHalfWidth(),
        dataset.getStdDevValue("p99", "nodeport").doubleValue());
  }

  @Test
  void sweep_oneKey_hasOneSeriesPerExposureWithOneItemPerPoint() {
    SweepChart chart = new SweepChart(ResultsFixtures.rateSweep(), 0);

    XYSeriesCollection p99 = chart.p99Dataset();
    XYSeriesCollection cost = chart.costDataset();

    assertEquals(3, p99.getSeriesCount());
    assertEquals(3, cost.getSeriesCount());
    for (int s = 0; s < 3; s++) {
      assertEquals(4, p99.getItemCount(s));
      assertEquals(4, cost.getItemCount(s));
    }
    assertEquals(
        List.of(500.0, 1000.0, 2000.0, 4000.0),
        List.of(
            p99.getXValue(0, 0), p99.getXValue(0, 1), p99.getXValue(0, 2), p99.getXValue(0, 3)));
  }

  @Test
  void sweep_twoKeys_hasOneSeriesPerExposureAndValueOfTheOtherKey() {
    ScenarioResults results = ResultsFixtures.rateByServicesSweep();

    XYSeriesCollection byRate = new SweepChart(results, 0).p99Dataset();
    XYSeriesCollection byServices = new SweepChart(results, 1).costDataset();

    assertEquals(3 * 3, byRate.getSeriesCount());
    assertEquals(2, byRate.getItemCount(0));
    assertEquals("lb-per-service · services[foo].copies = 5", byRate.getSeriesKey(1));
    assertEquals(3 * 2, byServices.getSeriesCount());
    assertEquals(3, byServices.getItemCount(0));
    assertEquals("nodeport · workload.arrivals.rate = 2000/s", byServices.getSeriesKey(3));
  }

  @Test
  void sweepCost_lbPerService_growsWithTheNumberOfServices() {
    XYSeriesCollection cost =
        new SweepChart(ResultsFixtures.rateByServicesSweep(), 1).costDataset();

    double oneService = cost.getYValue(0, 0);
    double twentyServices = cost.getYValue(0, 2);

    assertEquals(19 * 730 * 0.0225, twentyServices - oneService, 1e-9);
  }

  @Test
  void costBreakdown_hasOneColumnPerExposureAndOneRowPerItem() {
    DefaultCategoryDataset dataset = CostBreakdownChart.dataset(SEED);

    assertEquals(List.of("lb-per-service", "nodeport", "ingress"), dataset.getColumnKeys());
    assertEquals(
        List.of("load-balancer-hours", "data-processed", "nodes", "internet-egress"),
        dataset.getRowKeys());
    assertEquals(SEED.exposures().get(2).costPerMonthUsd(), columnSum(dataset, 2), 1e-9);
  }

  @Test
  void hops_stackPerExposureToItsMeanLatency() {
    DefaultCategoryDataset dataset = HopChart.dataset(SEED);

    assertEquals(3, dataset.getColumnCount());
    assertEquals(HopChart.hops(SEED).size(), dataset.getRowCount());
    assertTrue(HopChart.hops(SEED).contains(Hop.POD_QUEUE));
    for (int column = 0; column < 3; column++) {
      double mean = SEED.exposures().get(column).latency().orElseThrow().meanMs().value();
      assertEquals(mean, columnSum(dataset, column), 1e-9);
    }
  }

  @Test
  void utilization_hasOneRowPerExposureAndTheBusiestComponentsFirst() {
    DefaultCategoryDataset dataset = UtilizationChart.dataset(SEED);

    assertEquals(List.of("lb-per-service", "nodeport", "ingress"), dataset.getRowKeys());
    assertEquals(
        List.of("pod/foo/2", "pod/foo/1", "pod/foo/0", "node-proxy/a-0"), dataset.getColumnKeys());
    assertTrue(dataset.getColumnCount() <= UtilizationChart.MAX_COMPONENTS);
  }

  @Test
  void slug_sweepKeyPaths_becomeFileNames() {
    assertEquals("workload.arrivals.rate", ScenarioCharts.slug("workload.arrivals.rate"));
    assertEquals("services-foo.replicas", ScenarioCharts.slug("services[foo].replicas"));
    assertEquals("services-all.concurrency", ScenarioCharts.slug("services[*].concurrency"));
  }

  private static double columnSum(DefaultCategoryDataset dataset, int column) {
    double sum = 0;
    for (int row = 0; row < dataset.getRowCount(); row++) {
      Number value = dataset.getValue(row, column);
      sum += value == null ? 0 : value.doubleValue();
    }
    return sum;
  }
}
