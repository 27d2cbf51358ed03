package kubeplan.bench;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/** Events per second over the measured rounds: the median, and the range as the noise. */
public record Throughput(double median, double min, double max) {

  /** Summarises the per-round rates. */
  static Throughput of(double[] eventsPerSecond) {
    return new Throughput(
        new Median().evaluate(eventsPerSecond),
        Arrays.stream(eventsPerSecond).min().orElseThrow(),
        Arrays.stream(eventsPerSecond).max().orElseThrow());
  }
}
