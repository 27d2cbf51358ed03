package kubeplan.arrival;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kubeplan.random.Arguments;
import kubeplan.random.Dimension;
import kubeplan.random.Distribution;
import kubeplan.random.Distributions;
import kubeplan.random.Signature;
import kubeplan.random.ValueColumn;
import kubeplan.value.Durations;
import kubeplan.value.Rate;
import kubeplan.value.ValueSyntaxException;

/**
 * Reads the arrival grammar of scenario files into an {@link ArrivalProcess}.
 *
 * <pre>
 *   "poisson(rate=2000/s)"
 *   "mmpp(rates=[100/s, 1000/s], switch=[60s, 10s])"   -- mean time in each state
 *   "mmpp(rates=[100/s, 1000/s], switch=[1/min, 6/min])"  -- or the rate of leaving it
 *   "diurnal(mean=1000/s, peak=1800/s, period=24h)"
 *   "trace(file=arrivals.csv)"                          -- one arrival time a row, e.g. header t_s
 *   "closed(users=200, thinkTime=exponential(mean=1s))"
 * </pre>
 *
 * In {@code mmpp}, leaving a state goes to one of the others chosen uniformly (see {@link
 * ArrivalProcess.Mmpp}). A trace file holds arrival times (not gaps) from the start of the run,
 * with the unit in the header ({@code t_ms}, {@code s}) or a {@code unit} parameter.
 */
public final class Arrivals {
  private static final Map<String, Signature> SIGNATURES =
      Map.of(
          "poisson", Signature.of("poisson", List.of("rate"), List.of()),
          "mmpp", Signature.of("mmpp", List.of("rates", "switch"), List.of()),
          "diurnal", Signature.of("diurnal", List.of("mean", "peak", "period"), List.of()),
          "trace", Signature.of("trace", List.of("file"), List.of("unit")),
          "closed", Signature.of("closed", List.of("users", "thinkTime"), List.of()));

  private static final List<String> PROCESSES =
      List.of("poisson", "mmpp", "diurnal", "trace", "closed");

  private Arrivals() {}

  /**
   * Parses one arrival process.
   *
   * @param baseDir the directory relative trace files are resolved against
   * @throws ValueSyntaxException naming the parameter and the rule it breaks, its offset pointing
   *     at that parameter
   */
  public static ArrivalProcess parse(String text, Path baseDir) {
    Arguments args = Arguments.parse(text);
    Signature signature = SIGNATURES.get(args.family());
    if (signature == null) {
      throw args.unknownFamily("arrival process", PROCESSES);
    }
    args.bind(signature);
    switch (args.family()) {
      case "poisson":
        return new ArrivalProcess.Poisson(positiveRate(args, "rate"));
      case "mmpp":
        return mmpp(args);
      case "diurnal":
        return diurnal(args);
      case "trace":
        return trace(args, baseDir);
      default:
        return closed(args, baseDir);
    }
  }

  private static double positiveRate(Arguments args, String name) {
    double perSecond = args.parse(name, Rate::parse).perSecond();
    if (!(perSecond > 0)) {
      throw args.error(name, "must be positive");
    }
    return perSecond;
  }

  private static ArrivalProcess mmpp(Arguments args) {
    List<Double> rates = args.list("rates", t -> Rate.parse(t).perSecond());
    List<Double> sojourns = args.list("switch", Arrivals::sojournSeconds);
    if (rates.size() < 2) {
      throw args.error("rates", "needs at least 2 states");
    }
    if (sojourns.size() != rates.size()) {
      throw args.errorAt(
          "switch",
          "mmpp switch has "
              + sojourns.size()
              + " entries but rates has "
              + rates.size()
              + "; give one per state");
    }
    for (int i = 0; i < sojourns.size(); i++) {
      if (!(sojourns.get(i) > 0) || sojourns.get(i).isInfinite()) {
        throw args.errorAtItem(
            "switch", i, "mmpp switch entry " + (i + 1) + " must be a positive time or rate");
      }
    }
    if (rates.stream().allMatch(r -> r == 0)) {
      throw args.error("rates", "needs at least one positive rate");
    }
    return new ArrivalProcess.Mmpp(
        rates.stream().mapToDouble(Double::doubleValue).toArray(),
        sojourns.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** A mean sojourn written as a duration ({@code 60s}) or as a rate of leaving ({@code 1/min}). */
  private static double sojournSeconds(String text) {
    return text.contains("/")
        ? Rate.parse(text).meanIntervalSeconds()
        : Durations.parseSeconds(text);
  }

  private static ArrivalProcess diurnal(Arguments args) {
    double mean = positiveRate(args, "mean");
    double peak = positiveRate(args, "peak");
    double period = args.positive("period", Dimension.TIME);
    if (peak < mean) {
      throw args.errorAt(
          "peak",
          "diurnal peak ("
              + args.raw("peak")
              + ") must be at least mean ("
              + args.raw("mean")
              + ")");
    }
    if (peak > 2 * mean) {
      throw args.errorAt(
          "peak",
          "diurnal peak ("
              + args.raw("peak")
              + ") must be at most twice the mean ("
              + args.raw("mean")
              + "), or the rate at the trough would be negative");
    }
    return new ArrivalProcess.Diurnal(mean, peak, period);
  }

  private static ArrivalProcess trace(Arguments args, Path baseDir) {
    String unit = args.has("unit") ? args.raw("unit") : null;
    if (unit != null && !ValueColumn.isUnit(unit, Dimension.TIME)) {
      throw args.error("unit", "must be a unit of " + Dimension.TIME.example());
    }
    Path file = baseDir.resolve(args.raw("file"));
    double[] times;
    try {
      times = ValueColumn.read(file, Dimension.TIME, unit);
    } catch (IOException e) {
      throw args.errorAt("file", "trace cannot read " + file + ": " + e);
    } catch (IllegalArgumentException e) {
      throw args.errorAt("file", "trace file " + args.raw("file") + " " + e.getMessage());
    }
    try {
      return new ArrivalProcess.Trace(file, times);
    } catch (IllegalArgumentException e) {
      throw args.errorAt("file", e.getMessage());
    }
  }

  private static ArrivalProcess closed(Arguments args, Path baseDir) {
    int users = args.positiveInt("users");
    Distribution thinkTime =
        args.parse("thinkTime", t -> Distributions.parse(t, Dimension.TIME, baseDir));
    if (!(thinkTime.mean() > 0)) {
      throw args.error("thinkTime", "must have a positive mean");
    }
    return new ArrivalProcess.Closed(users, thinkTime);
  }
}
