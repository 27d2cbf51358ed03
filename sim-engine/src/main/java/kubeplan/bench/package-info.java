/**
 * The engine benchmark behind {@code kubeplan bench}: {@link kubeplan.bench.EngineBenchmark} times
 * an M/M/1 queue on the engine against a bare priority-queue loop with the same random numbers, and
 * independent replications on one and two threads.
 */
package kubeplan.bench;
