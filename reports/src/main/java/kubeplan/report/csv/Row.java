package kubeplan.report.csv;

import kubeplan.results.ExposureResults;
import kubeplan.results.PointResults;
import kubeplan.results.ScenarioResults;

/** One CSV row: the item it reports and the scenario, point and exposure it belongs to. */
record Row<T>(ScenarioResults scenario, PointResults point, ExposureResults exposure, T item) {}
