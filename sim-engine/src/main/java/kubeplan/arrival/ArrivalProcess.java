package kubeplan.arrival;

import java.nio.file.Path;
import java.util.Arrays;
import kubeplan.random.Distribution;

/**
 * How requests arrive at a system: an open process with its own timing (Poisson, MMPP, diurnal, a
 * recorded trace) or a closed population of users who each wait for the answer and think before
 * asking again.
 */
public sealed interface ArrivalProcess {

  /**
   * The long-run arrival rate in requests per second. For an open process it is exact; for {@link
   * Closed} it is the upper bound {@code users / mean think time}, reached only if responses took
   * no time (the real throughput is {@code users / (think time + response time)}).
   */
  double meanRatePerSecond();

  /** Exponential gaps with a constant rate. */
  record Poisson(double ratePerSecond) implements ArrivalProcess {
    /**
     * @throws IllegalArgumentException unless the rate is finite and positive
     */
    public Poisson {
      checkPositive("poisson rate", ratePerSecond);
    }

    @Override
    public double meanRatePerSecond() {
      return ratePerSecond;
    }
  }

  /**
   * A Markov-modulated Poisson process: in state i, arrivals are Poisson with rate {@code
   * ratesPerSecond[i]}; the process stays in state i for an exponential time of mean {@code
   * meanSojournSeconds[i]}, then moves to one of the other states, chosen uniformly. Its stationary
   * state probabilities are therefore proportional to the mean sojourns.
   */
  record Mmpp(double[] ratesPerSecond, double[] meanSojournSeconds) implements ArrivalProcess {
    /**
     * @throws IllegalArgumentException unless there are at least 2 states, as many sojourns as
     *     rates, rates finite and non-negative with one positive, and sojourns finite and positive
     */
    public Mmpp {
      if (ratesPerSecond.length < 2 || ratesPerSecond.length != meanSojournSeconds.length) {
        throw new IllegalArgumentException(
            "mmpp needs at least 2 states and one sojourn per rate: "
                + ratesPerSecond.length
                + " rates, "
                + meanSojournSeconds.length
                + " sojourns");
      }
      ratesPerSecond = ratesPerSecond.clone();
      meanSojournSeconds = meanSojournSeconds.clone();
      boolean anyPositive = false;
      for (int i = 0; i < ratesPerSecond.length; i++) {
        if (!(ratesPerSecond[i] >= 0) || Double.isInfinite(ratesPerSecond[i])) {
          throw new IllegalArgumentException(
              "mmpp rate " + i + " must be finite and non-negative: " + ratesPerSecond[i]);
        }
        anyPositive |= ratesPerSecond[i] > 0;
        checkPositive("mmpp sojourn " + i, meanSojournSeconds[i]);
      }
      if (!anyPositive) {
        throw new IllegalArgumentException("mmpp needs at least one positive rate");
      }
    }

    /** The number of states. */
    public int states() {
      return ratesPerSecond.length;
    }

    @Override
    public double[] ratesPerSecond() {
      return ratesPerSecond.clone();
    }

    @Override
    public double[] meanSojournSeconds() {
      return meanSojournSeconds.clone();
    }

    /**
     * The long-run fraction of time in each state. With uniform jumps the balance equations {@code
     * π_j / s_j = Σ_{i≠j} π_i / (s_i (k−1))} are solved by {@code π_i ∝ s_i}, the mean sojourn.
     */
    public double[] stationaryProbabilities() {
      double total = Arrays.stream(meanSojournSeconds).sum();
      return Arrays.stream(meanSojournSeconds).map(s -> s / total).toArray();
    }

    /** {@code Σ π_i λ_i}. */
    @Override
    public double meanRatePerSecond() {
      double[] pi = stationaryProbabilities();
      double rate = 0;
      for (int i = 0; i < pi.length; i++) {
        rate += pi[i] * ratesPerSecond[i];
      }
      return rate;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Mmpp m
          && Arrays.equals(ratesPerSecond, m.ratesPerSecond)
          && Arrays.equals(meanSojournSeconds, m.meanSojournSeconds);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(ratesPerSecond) + Arrays.hashCode(meanSojournSeconds);
    }

    @Override
    public String toString() {
      return "Mmpp[ratesPerSecond="
          + Arrays.toString(ratesPerSecond)
          + ", meanSojournSeconds="
          + Arrays.toString(meanSojournSeconds)
          + "]";
    }
  }

  /**
   * A non-homogeneous Poisson process with the daily (or other periodic) rate {@code λ(t) = mean −
   * (peak − mean) cos(2πt / period)}: the trough {@code 2·mean − peak} at t = 0, the peak at half a
   * period. A source draws it by thinning against {@code peak}.
   */
  record Diurnal(double meanPerSecond, double peakPerSecond, double periodSeconds)
      implements ArrivalProcess {
    /**
     * @throws IllegalArgumentException unless all are finite and positive and {@code mean ≤ peak ≤
     *     2·mean} (so the rate never goes negative)
     */
    public Diurnal {
      checkPositive("diurnal mean", meanPerSecond);
      checkPositive("diurnal peak", peakPerSecond);
      checkPositive("diurnal period", periodSeconds);
      if (!(meanPerSecond <= peakPerSecond && peakPerSecond <= 2 * meanPerSecond)) {
        throw new IllegalArgumentException(
            "diurnal needs mean <= peak <= 2 * mean: mean "
                + meanPerSecond
                + "/s, peak "
                + peakPerSecond
                + "/s");
      }
    }

    /** The instantaneous rate λ(t) at {@code t} seconds from the start. */
    public double rateAt(double t) {
      return meanPerSecond
          - (peakPerSecond - meanPerSecond) * Math.cos(2 * Math.PI * t / periodSeconds);
    }

    /** Over whole periods the cosine averages to zero, so the mean rate is {@code mean}. */
    @Override
    public double meanRatePerSecond() {
      return meanPerSecond;
    }
  }

  /**
   * A recorded sequence of arrivals replayed as is: {@code arrivalTimesSeconds} are offsets from
   * the start of the run, non-decreasing. After the last one nothing arrives.
   *
   * @param file where the trace was read from, for messages and reports
   */
  record Trace(Path file, double[] arrivalTimesSeconds) implements ArrivalProcess {
    /**
     * @throws IllegalArgumentException unless there is at least one arrival, times are finite,
     *     non-negative and non-decreasing, and the last is after 0
     */
    public Trace {
      arrivalTimesSeconds = arrivalTimesSeconds.clone();
      if (arrivalTimesSeconds.length == 0) {
        throw new IllegalArgumentException("trace " + file + " has no arrivals");
      }
      double previous = 0;
      for (int i = 0; i < arrivalTimesSeconds.length; i++) {
        double t = arrivalTimesSeconds[i];
        if (!(t >= previous) || Double.isInfinite(t)) {
          throw new IllegalArgumentException(
              "trace "
                  + file
                  + ": arrival "
                  + (i + 1)
                  + " at "
                  + t
                  + " s is negative or before the one before it ("
                  + previous
                  + " s)");
        }
        previous = t;
      }
      if (!(previous > 0)) {
        throw new IllegalArgumentException("trace " + file + ": all arrivals are at time 0");
      }
    }

    @Override
    public double[] arrivalTimesSeconds() {
      return arrivalTimesSeconds.clone();
    }

    /** The number of arrivals. */
    public int size() {
      return arrivalTimesSeconds.length;
    }

    /** The arrival at index {@code i}, in seconds; allocation-free for the source's replay. */
    public double arrivalTime(int i) {
      return arrivalTimesSeconds[i];
    }

    /** The arrivals over the time to the last one: {@code n / t_n}. */
    @Override
    public double meanRatePerSecond() {
      return arrivalTimesSeconds.length / arrivalTimesSeconds[arrivalTimesSeconds.length - 1];
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Trace t
          && file.equals(t.file)
          && Arrays.equals(arrivalTimesSeconds, t.arrivalTimesSeconds);
    }

    @Override
    public int hashCode() {
      return 31 * file.hashCode() + Arrays.hashCode(arrivalTimesSeconds);
    }

    @Override
    public String toString() {
      return "Trace[file=" + file + ", " + arrivalTimesSeconds.length + " arrivals]";
    }
  }

  /**
   * A closed population: {@code users} users, each sending one request, waiting for its answer,
   * then thinking for a time drawn from {@code thinkTime} (seconds) before the next.
   */
  record Closed(int users, Distribution thinkTime) implements ArrivalProcess {
    /**
     * @throws IllegalArgumentException unless there is at least one user and think time has a
     *     positive mean
     */
    public Closed {
      if (users < 1) {
        throw new IllegalArgumentException("closed needs at least 1 user: " + users);
      }
      if (!(thinkTime.mean() > 0)) {
        throw new IllegalArgumentException(
            "closed think time must have a positive mean: " + thinkTime.text());
      }
    }

    /**
     * The upper bound {@code users / E[think time]}; see {@link ArrivalProcess#meanRatePerSecond}.
     */
    @Override
    public double meanRatePerSecond() {
      return users / thinkTime.mean();
    }
  }

  private static void checkPositive(String name, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be finite and positive: " + value);
    }
  }
}
