package kubeplan.network;

import java.util.List;
import java.util.Objects;
import kubeplan.random.Constant;
import kubeplan.random.Distribution;
import kubeplan.random.Empirical;

/**
 * A cost whose distribution depends on how many Services the cluster has, known by a few quantiles
 * at a few Service counts: iptables-mode kube-proxy's first-packet latency.
 */
public final class ServiceCountScaling {
  /*
   * Between two rows each quantile is interpolated linearly in the Service count; at or below the
   * first row the first row holds; beyond the last row each quantile keeps growing along the line
   * through the last two rows (an extrapolation: no measurement covers it). The distribution at a
   * count is the piecewise-linear CDF through its quantiles, with the tails below the first and
   * above the last quantile clamped to them, so the cost never exceeds the interpolated p99.
   */

  private final double[] probabilities;
  private final List<Row> rows;

  /**
   * Quantile values at a Service count, in seconds, one per probability of the scaling.
   *
   * @param services the number of Services in the cluster
   * @param quantiles non-decreasing
   */
  public record Row(int services, List<Double> quantiles) {
    public Row {
      quantiles = List.copyOf(quantiles);
      for (int i = 1; i < quantiles.size(); i++) {
        if (quantiles.get(i) < quantiles.get(i - 1)) {
          throw new IllegalArgumentException(
              "quantiles at " + services + " services must not decrease: " + quantiles);
        }
      }
    }
  }

  /**
   * @param probabilities the probabilities of each row's quantiles, strictly increasing in (0, 1)
   * @param rows at least one row, by strictly increasing Service count
   */
  public ServiceCountScaling(List<Double> probabilities, List<Row> rows) {
    Objects.requireNonNull(rows, "rows");
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("a Service-count scaling needs at least one row");
    }
    this.probabilities = probabilities.stream().mapToDouble(Double::doubleValue).toArray();
    for (int i = 0; i < this.probabilities.length; i++) {
      double p = this.probabilities[i];
      if (!(p > 0 && p < 1) || (i > 0 && !(p > this.probabilities[i - 1]))) {
        throw new IllegalArgumentException(
            "probabilities must increase strictly within (0, 1): " + probabilities);
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).quantiles().size() != this.probabilities.length) {
        throw new IllegalArgumentException(
            "row at "
                + rows.get(i).services()
                + " services has "
                + rows.get(i).quantiles().size()
                + " quantiles for "
                + this.probabilities.length
                + " probabilities");
      }
      if (i > 0 && rows.get(i).services() <= rows.get(i - 1).services()) {
        throw new IllegalArgumentException("rows must be by strictly increasing Service count");
      }
    }
    this.rows = List.copyOf(rows);
  }

  /** The cost distribution with {@code totalServices} Services in the cluster. */
  public Distribution at(int totalServices) {
    if (totalServices < 0) {
      throw new IllegalArgumentException("totalServices must not be negative: " + totalServices);
    }
    double[] quantiles = quantilesAt(totalServices);
    String text = "kube-proxy cost at " + totalServices + " services";
    if (quantiles[0] == quantiles[quantiles.length - 1]) {
      return new Constant(quantiles[0], text);
    }
    int n = quantiles.length;
    double[] values = new double[n + 2];
    double[] cdf = new double[n + 2];
    values[0] = quantiles[0];
    for (int i = 0; i < n; i++) {
      values[i + 1] = quantiles[i];
      cdf[i + 1] = probabilities[i];
    }
    values[n + 1] = quantiles[n - 1];
    cdf[n + 1] = 1;
    return new Empirical(values, cdf, text);
  }

  private double[] quantilesAt(int services) {
    Row first = rows.get(0);
    if (rows.size() == 1 || services <= first.services()) {
      return toArray(first);
    }
    int upper = 1;
    while (upper < rows.size() - 1 && rows.get(upper).services() < services) {
      upper++;
    }
    Row low = rows.get(upper - 1);
    Row high = rows.get(upper);
    double t = (services - low.services()) / (double) (high.services() - low.services());
    double[] quantiles = new double[probabilities.length];
    for (int i = 0; i < quantiles.length; i++) {
      double a = low.quantiles().get(i);
      quantiles[i] = a + t * (high.quantiles().get(i) - a);
    }
    return quantiles;
  }

  private static double[] toArray(Row row) {
    return row.quantiles().stream().mapToDouble(Double::doubleValue).toArray();
  }
}
