"""Specifications of the report loader: typed columns, the contract's header, refused nonsense.

Run with `/usr/bin/python3 -m unittest discover -s notebooks` from the repository root.
"""

import math
import tempfile
import unittest
from pathlib import Path

import pandas as pd

import kubeplan_reports as kp

SUMMARY_HEADER = (
    "scenario,point,exposure,workload.arrivals.rate,type,replications,offered_rps,throughput_rps,"
    "error_rate,errors_rejected,errors_timeout,errors_unroutable,errors_dropped,latency_mean_ms,"
    "latency_mean_ci_ms,latency_p50_ms,latency_p90_ms,latency_p99_ms,latency_p999_ms,"
    "latency_max_ms,latency_p50_ci_ms,latency_p90_ci_ms,latency_p99_ci_ms,cost_per_hour_usd,"
    "cost_per_month_usd,cost_per_million_requests_usd,slo_met,unstable")
SERVED = ("s,0,lb,1000,LoadBalancer,5,1000.5,1000.5,0,0,0,0,0,4.5,0.02,3.5,9,17.7,33.1,177.6,"
          "0.03,0.03,0.17,5,3650,1.4,true,false")
NOTHING_SERVED = "s,1,lb,2000,LoadBalancer,5,2000,0,1,0,1,0,0,,,,,,,,,,,5,3650,1.4,false,true"


def report_with(test: unittest.TestCase, *rows: str, header: str = SUMMARY_HEADER) -> kp.Report:
    """A report folder holding only a summary.csv of these rows, removed after the test."""
    workspace = tempfile.TemporaryDirectory(prefix="kubeplan-reports-test-")
    test.addCleanup(workspace.cleanup)
    folder = Path(workspace.name)
    (folder / "summary.csv").write_text("\r\n".join([header, *rows]) + "\r\n", encoding="utf-8")
    return kp.Report(folder)


class ScenarioValuesTest(unittest.TestCase):
    def test_durationMs_eachUnit_convertsToMilliseconds(self):
        self.assertEqual(kp.duration_ms("250us"), 0.25)
        self.assertEqual(kp.duration_ms("50ms"), 50.0)
        self.assertEqual(kp.duration_ms("2s"), 2000.0)
        self.assertEqual(kp.duration_ms("1.5m"), 90000.0)

    def test_durationMs_bareNumber_isRefused(self):
        with self.assertRaisesRegex(ValueError, "'50' is not a duration"):
            kp.duration_ms("50")

    def test_slo_seedScenario_givesTargetsBySummaryColumn(self):
        self.assertEqual(kp.slo("scenarios/seed-three-exposures.yaml"),
                         {"latency_p99_ms": 50.0, "error_rate": 0.001})

    def test_arrivalRate_perMinute_isPerSecond(self):
        with tempfile.TemporaryDirectory() as folder:
            scenario = Path(folder) / "s.yaml"
            scenario.write_text("workload: {arrivals: poisson(rate=90/min)}\n", encoding="utf-8")
            self.assertEqual(kp.arrival_rate(scenario), 1.5)

    def test_withSweep_seedScenario_appendsTheSweepAndKeepsManifestsReachable(self):
        derived = kp.with_sweep("scenarios/seed-three-exposures.yaml",
                                {"workload.arrivals.rate": ["1000/s", "2000/s"]})
        self.assertEqual(kp.load_scenario(derived)["sweep"],
                         {"workload.arrivals.rate": ["1000/s", "2000/s"]})
        self.assertTrue((derived.parent / "manifests" / "seed-apps.yaml").is_file())

    def test_withSweep_scenarioWithASweep_isRefused(self):
        with self.assertRaisesRegex(ValueError, "already has a sweep"):
            kp.with_sweep("scenarios/many-services-cost.yaml", {"seed": [1, 2]})


class ReportTest(unittest.TestCase):
    def test_summary_contractHeader_typesEveryColumn(self):
        summary = report_with(self, SERVED, NOTHING_SERVED).summary
        self.assertEqual(summary["point"].tolist(), [0, 1])
        self.assertEqual(summary["workload.arrivals.rate"].tolist(), [1000, 2000])
        self.assertEqual(summary["slo_met"].tolist(), [True, False])
        self.assertEqual(summary["latency_p99_ms"].iloc[0], 17.7)
        self.assertTrue(math.isnan(summary["latency_p99_ms"].iloc[1]))
        self.assertEqual(summary["type"].tolist(), ["LoadBalancer", "LoadBalancer"])

    def test_sweepKeys_summaryWithOneKey_areTheColumnsBetweenKeysAndMetrics(self):
        report = report_with(self, SERVED)
        self.assertEqual(report.sweep_keys, ("workload.arrivals.rate",))
        self.assertEqual(report.keys, ["scenario", "point", "exposure", "workload.arrivals.rate"])

    def test_summary_headerWithoutMetrics_isRefused(self):
        with self.assertRaisesRegex(kp.ReportError, "then the sweep keys, then type"):
            report_with(self, "s,0,lb", header="scenario,point,exposure").summary

    def test_summary_missingColumn_isRefusedNamingTheContract(self):
        report = report_with(self, SERVED.rsplit(",", 1)[0],
                             header=SUMMARY_HEADER.rsplit(",", 1)[0])
        with self.assertRaisesRegex(kp.ReportError, "output contract specifies"):
            report.summary

    def test_summary_flagOtherThanTrueOrFalse_isRefused(self):
        with self.assertRaisesRegex(kp.ReportError, r"\['yes'\] are not true/false"):
            report_with(self, SERVED.replace("true,false", "yes,false")).summary

    def test_summary_textInANumberColumn_isRefused(self):
        with self.assertRaisesRegex(kp.ReportError, r"\['1,000'\] are not numbers"):
            report_with(self, SERVED.replace(",1000.5,1000.5,", ',"1,000",1000.5,')).summary

    def test_checkSummary_consistentRows_passUnchanged(self):
        summary = report_with(self, SERVED, NOTHING_SERVED).summary
        pd.testing.assert_frame_equal(kp.check_summary(summary), summary)

    def test_checkSummary_p50AboveP99_isRefused(self):
        summary = report_with(self, SERVED).summary.assign(latency_p50_ms=20.0)
        with self.assertRaisesRegex(kp.ReportError, "latency_p50_ms <= latency_p90_ms"):
            kp.check_summary(summary)

    def test_checkSummary_moreSuccessesThanArrivals_isRefused(self):
        summary = report_with(self, SERVED).summary.assign(throughput_rps=1001.0)
        with self.assertRaisesRegex(kp.ReportError, "throughput_rps <= offered_rps"):
            kp.check_summary(summary)

    def test_require_missingFigure_isRefusedNamingIt(self):
        summary = report_with(self, SERVED, NOTHING_SERVED).summary
        with self.assertRaisesRegex(kp.ReportError, "the p99: latency_p99_ms missing"):
            kp.require(summary, ["latency_p99_ms"], "the p99")


if __name__ == "__main__":
    unittest.main()
