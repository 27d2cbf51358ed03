/**
 * Independent replications and what they estimate: {@link kubeplan.replication.Replications} runs
 * them on a thread pool (with sequential stopping to a {@link kubeplan.replication.Precision}),
 * {@link kubeplan.replication.Estimate} holds a value with its Student-t interval (means, paired
 * differences), {@link kubeplan.replication.PooledPercentiles} pools latency histograms, and {@link
 * kubeplan.replication.Mser5} over {@link kubeplan.replication.BatchMeans} finds the warm-up of
 * {@code warmup: auto}. The definitions follow the project's measurement conventions
 * (spec/measurement.md).
 */
package kubeplan.replication;
