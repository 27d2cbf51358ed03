package kubeplan.bench;

/**
 * Events per second over the measured rounds, twice: by the wall clock, and per second of CPU time
 * of the threads that ran them (times the threads, for an aggregate), which other load on a shared
 * machine does not dilute. On an idle machine with a core per thread the two agree.
 */
public record Speed(Throughput wallClock, Throughput cpuTime) {}
