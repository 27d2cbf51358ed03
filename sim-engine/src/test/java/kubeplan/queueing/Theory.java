package kubeplan.queueing;

import org.apache.commons.math3.analysis.solvers.BrentSolver;

/** Closed-form and numerical results of queueing theory that the engine must reproduce. */
final class Theory {
  private static final BrentSolver SOLVER = new BrentSolver(1e-14, 1e-14);

  private Theory() {}

  /**
   * Erlang's C formula: the probability that an arrival at an M/M/c queue with offered load {@code
   * a = lambda / mu} waits.
   */
  static double erlangC(int c, double a) {
    double term = 1;
    double sum = 1;
    for (int k = 1; k < c; k++) {
      term *= a / k;
      sum += term;
    }
    double waiting = term * a / c / (1 - a / c);
    return waiting / (sum + waiting);
  }

  /**
   * The stationary probabilities of an M/M/c/K queue (K = c + queue places) with offered load
   * {@code a}: p_n proportional to a^n / n! up to c, then to a^c / c! (a / c)^(n - c).
   */
  static double[] mmckProbabilities(int c, int capacity, double a) {
    double[] p = new double[capacity + 1];
    p[0] = 1;
    for (int n = 1; n <= capacity; n++) {
      p[n] = p[n - 1] * a / Math.min(n, c);
    }
    double total = 0;
    for (double v : p) {
      total += v;
    }
    for (int n = 0; n <= capacity; n++) {
      p[n] /= total;
    }
    return p;
  }

  /**
   * E_k/M/1: sigma in (0, 1) solving sigma = A(mu (1 - sigma)), with A(s) = (phaseRate / (phaseRate
   * + s))^k the Laplace-Stieltjes transform of an Erlang-k interarrival time. An arrival waits with
   * probability sigma, and the mean wait is sigma / (mu (1 - sigma)).
   */
  static double erlangArrivalsSigma(int k, double phaseRate, double mu) {
    return SOLVER.solve(
        1000,
        sigma -> Math.pow(phaseRate / (phaseRate + mu * (1 - sigma)), k) - sigma,
        0,
        1 - 1e-9);
  }

  /**
   * Exact mean value analysis of a closed network of one FCFS exponential station (mean service
   * {@code service}) and {@code users} users thinking {@code think} seconds on average: R(n) = S (1
   * + Q(n-1)), X(n) = n / (R(n) + Z), Q(n) = X(n) R(n). Returns {R(N), X(N)}.
   */
  static double[] meanValueAnalysis(int users, double service, double think) {
    double queue = 0;
    double response = 0;
    double throughput = 0;
    for (int n = 1; n <= users; n++) {
      response = service * (1 + queue);
      throughput = n / (response + think);
      queue = throughput * response;
    }
    return new double[] {response, throughput};
  }

  /**
   * The {@code p}-quantile of a sum of independent exponentials with distinct {@code rates}
   * (hypoexponential): the response time of a tandem of M/M/1 queues, whose sojourns are
   * independent [Reich 1957], each exponential with rate mu_i - lambda.
   */
  static double hypoexponentialQuantile(double[] rates, double p) {
    double upper = 0;
    for (double r : rates) {
      upper += 50 / r;
    }
    return SOLVER.solve(
        1000,
        t -> {
          double survival = 0;
          for (int i = 0; i < rates.length; i++) {
            double coefficient = 1;
            for (int j = 0; j < rates.length; j++) {
              if (j != i) {
                coefficient *= rates[j] / (rates[j] - rates[i]);
              }
            }
            survival += coefficient * Math.exp(-rates[i] * t);
          }
          return 1 - survival - p;
        },
        0,
        upper);
  }
}
