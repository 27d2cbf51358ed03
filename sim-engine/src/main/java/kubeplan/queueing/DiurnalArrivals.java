package kubeplan.queueing;

import kubeplan.arrival.ArrivalProcess;
import kubeplan.random.RandomStream;

/** Arrivals of a non-homogeneous Poisson process with a daily rate, by thinning. */
final class DiurnalArrivals implements ArrivalTimes {
  /*
   * Thinning (Lewis and Shedler 1979 [1]): candidates come as a Poisson process at the peak rate,
   * which bounds rate(t) everywhere, and a candidate at t is kept with probability
   * rate(t) / peak. The kept points form a Poisson process with intensity rate(t), exactly.
   * [1] P. A. W. Lewis, G. S. Shedler, Simulation of nonhomogeneous Poisson processes by thinning,
   *     Naval Research Logistics Quarterly 26(3), 1979.
   */
  private final ArrivalProcess.Diurnal diurnal;
  private final double peakRate;
  private final RandomStream stream;

  DiurnalArrivals(ArrivalProcess.Diurnal diurnal, RandomStream stream) {
    this.diurnal = diurnal;
    this.peakRate = diurnal.peakPerSecond();
    this.stream = stream;
  }

  @Override
  public double next(double now) {
    double t = now;
    do {
      t -= Math.log(stream.nextDouble()) / peakRate;
    } while (stream.nextDouble() * peakRate > diurnal.rateAt(t));
    return t;
  }
}
