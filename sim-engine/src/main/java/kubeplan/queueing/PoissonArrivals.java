package kubeplan.queueing;

import kubeplan.random.RandomStream;

/** Poisson arrivals: independent exponential gaps of mean {@code 1 / rate}. */
final class PoissonArrivals implements ArrivalTimes {
  private final double meanGapSeconds;
  private final RandomStream stream;

  PoissonArrivals(double ratePerSecond, RandomStream stream) {
    this.meanGapSeconds = 1 / ratePerSecond;
    this.stream = stream;
  }

  @Override
  public double next(double now) {
    return now - meanGapSeconds * Math.log(stream.nextDouble());
  }
}
