/**
 * Block-level statistics of one replication over its {@link kubeplan.stats.MeasurementWindow}:
 * latency histograms of fixed size, time-weighted averages and counters, none of which grows with
 * simulated time.
 */
package kubeplan.stats;
