package kubeplan.queueing;

import kubeplan.arrival.ArrivalProcess;
import kubeplan.random.RandomStream;

/**
 * Arrivals of a Markov-modulated Poisson process: Poisson at the current state's rate; each state
 * lasts an exponential time and then jumps to one of the other states, chosen uniformly.
 */
final class MmppArrivals implements ArrivalTimes {
  /*
   * Both clocks are memoryless, so the next arrival is found by drawing a gap at the current rate
   * and, if it would pass the next switch, moving to the switch and drawing again at the new rate.
   * The first state is drawn from the stationary distribution (pi_i proportional to the mean
   * sojourn), so the process runs at its long-run rate from time 0, without a transient.
   */
  private final double[] rates;
  private final double[] meanSojournSeconds;
  private final RandomStream stream;
  private int state;
  private double switchAt;

  MmppArrivals(ArrivalProcess.Mmpp mmpp, RandomStream stream) {
    this.rates = mmpp.ratesPerSecond();
    this.meanSojournSeconds = mmpp.meanSojournSeconds();
    this.stream = stream;
    double[] stationary = mmpp.stationaryProbabilities();
    double u = stream.nextDouble();
    state = stationary.length - 1;
    double cumulative = 0;
    for (int i = 0; i < stationary.length; i++) {
      cumulative += stationary[i];
      if (u < cumulative) {
        state = i;
        break;
      }
    }
    switchAt = exponential(meanSojournSeconds[state]);
  }

  @Override
  public double next(double now) {
    double t = now;
    while (true) {
      double arrival = rates[state] > 0 ? t + exponential(1 / rates[state]) : switchAt;
      if (arrival < switchAt) {
        return arrival;
      }
      t = switchAt;
      int other = stream.nextInt(rates.length - 1);
      state = other >= state ? other + 1 : other;
      switchAt = t + exponential(meanSojournSeconds[state]);
    }
  }

  private double exponential(double mean) {
    return -mean * Math.log(stream.nextDouble());
  }
}
