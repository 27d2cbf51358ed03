package kubeplan.plan;

import kubeplan.random.Distribution;

/**
 * An approximation of one pod as an M/G/c queue, for ordering and first guesses of the search
 * only: no configuration is ever discarded or accepted on its figures.
 */
final class PodQueue {
  /*
   * The waiting time is taken as 0 with probability 1 - C and otherwise exponential, C being
   * Erlang's C at the pod's offered load. Given a wait, its mean is 1 / (c mu - lambda) in M/M/c;
   * for general service times it is scaled by (1 + cs^2) / 2, the Lee-Longton / Allen-Cunneen
   * approximation of M/G/c [1], exact for M/G/1's mean wait (Pollaczek-Khinchine). The response
   * time adds the service time, so for t >= 0
   *   P(T > t) = (1 - C) P(S > t) + C P(E + S > t),  P(E + S > t) = E[min(1, e^{-theta (t - S)})],
   * evaluated over QUANTILES equally likely points of S. For exponential service and c = 1 the
   * model is exact: P(T > t) = e^{-(mu - lambda) t}.
   * [1] Gross & Harris, Fundamentals of Queueing Theory, 4th ed., section 6.3.
   */

  /** Points of the service-time distribution the tail is averaged over. */
  private static final int QUANTILES = 2000;

  private final double waitProbability;
  private final double waitRate;
  private final double meanResponse;
  private final double[] serviceTimes;

  /**
   * @param servers the pod's concurrency
   * @param arrivalsPerSecond the pod's share of its Service's requests
   * @param serviceTime a request's work at the pod, in seconds
   */
  PodQueue(int servers, double arrivalsPerSecond, Distribution serviceTime) {
    double erlangs = arrivalsPerSecond * serviceTime.mean();
    waitProbability = ErlangC.waitProbability(servers, erlangs);
    double cs2 = Math.min(serviceTime.variance() / (serviceTime.mean() * serviceTime.mean()), 1e6);
    waitRate = (servers / serviceTime.mean() - arrivalsPerSecond) * 2 / (1 + cs2);
    meanResponse = serviceTime.mean() + waitProbability / waitRate;
    serviceTimes = new double[QUANTILES];
    for (int i = 0; i < QUANTILES; i++) {
      serviceTimes[i] = serviceTime.quantile((i + 0.5) / QUANTILES);
    }
  }

  /** The approximate P(response time > {@code seconds}). */
  double tail(double seconds) {
    double late = 0;
    double lateAfterWait = 0;
    for (double service : serviceTimes) {
      if (service > seconds) {
        late++;
        lateAfterWait++;
      } else {
        lateAfterWait += Math.exp(-waitRate * (seconds - service));
      }
    }
    return ((1 - waitProbability) * late + waitProbability * lateAfterWait) / QUANTILES;
  }

  /** The approximate mean response time, in seconds. */
  double meanResponse() {
    return meanResponse;
  }
}
