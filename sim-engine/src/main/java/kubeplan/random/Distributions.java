package kubeplan.random;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kubeplan.value.Rate;
import kubeplan.value.ValueSyntaxException;

/**
 * Reads the distribution grammar of scenario files, {@code family(param=value, …)}, into a {@link
 * Distribution} in base units.
 *
 * <pre>
 *   "constant(2ms)"                          -- 0.002 s; also constant(value=2ms), or just "2ms"
 *   "exponential(mean=4ms)"                  -- also exponential(rate=250/s), TIME only
 *   "uniform(min=1ms, max=3ms)"              -- also uniform(1ms, 3ms)
 *   "erlang(k=3, mean=6ms)"                  -- three phases of 2 ms
 *   "gamma(mean=4ms, cv=0.5)"                -- or gamma(shape=4, scale=1ms)
 *   "lognormal(median=60us, p99=250us)"      -- mu = ln 60e-6, sigma = ln(250/60) / 2.326
 *   "lognormal(mean=4ms, cv=1)"              -- or lognormal(mu=-6, sigma=0.5), of ln(seconds)
 *   "weibull(shape=1.5, scale=2ms)"
 *   "pareto(shape=1.5, min=800B, max=1MiB)"  -- max is optional (truncates the tail)
 *   "hyperexponential(mean=4ms, cv=3)"       -- two phases, balanced means; cv must exceed 1
 *   "empirical(file=latency.csv, unit=ms)"   -- one value a row; unit here or in the header
 * </pre>
 *
 * Families with one form also take positional values in the order shown. Values must carry the
 * units of the dimension ({@code 4ms} for TIME, {@code 800B} for SIZE, none for NUMBER); shapes,
 * cvs, {@code k}, {@code mu} and {@code sigma} are plain numbers.
 */
public final class Distributions {
  private static final List<String> MEAN_CV = List.of("mean", "cv");

  private static final Map<String, Signature> SIGNATURES =
      Map.ofEntries(
          Map.entry("constant", Signature.of("constant", List.of("value"), List.of())),
          Map.entry(
              "exponential",
              new Signature("exponential", List.of(List.of("mean"), List.of("rate")), List.of())),
          Map.entry("uniform", Signature.of("uniform", List.of("min", "max"), List.of())),
          Map.entry("erlang", Signature.of("erlang", List.of("k", "mean"), List.of())),
          Map.entry(
              "gamma",
              new Signature("gamma", List.of(MEAN_CV, List.of("shape", "scale")), List.of())),
          Map.entry(
              "lognormal",
              new Signature(
                  "lognormal",
                  List.of(MEAN_CV, List.of("median", "p99"), List.of("mu", "sigma")),
                  List.of())),
          Map.entry("weibull", Signature.of("weibull", List.of("shape", "scale"), List.of())),
          Map.entry("pareto", Signature.of("pareto", List.of("shape", "min"), List.of("max"))),
          Map.entry("hyperexponential", Signature.of("hyperexponential", MEAN_CV, List.of())),
          Map.entry("empirical", Signature.of("empirical", List.of("file"), List.of("unit"))));

  private static final List<String> FAMILIES =
      List.of(
          "constant",
          "exponential",
          "uniform",
          "erlang",
          "gamma",
          "lognormal",
          "weibull",
          "pareto",
          "hyperexponential",
          "empirical");

  private Distributions() {}

  /** The family names, in the order of the scenario reference. */
  public static List<String> families() {
    return FAMILIES;
  }

  /**
   * Parses one distribution. A bare value such as {@code 2ms} is read as {@code constant(2ms)}.
   *
   * @param dimension what the values measure: it decides the units parameters must carry
   * @param baseDir the directory relative paths ({@code empirical(file=…)}) are resolved against
   * @throws ValueSyntaxException naming the parameter and the rule it breaks, its offset pointing
   *     at that parameter
   */
  public static Distribution parse(String text, Dimension dimension, Path baseDir) {
    String trimmed = text.strip();
    if (!trimmed.isEmpty() && !Character.isLetter(trimmed.charAt(0))) {
      return new Constant(dimension.parse(text), "constant(" + trimmed + ")");
    }
    Arguments args = Arguments.parse(text);
    Signature signature = SIGNATURES.get(args.family());
    if (signature == null) {
      throw args.unknownFamily("distribution family", FAMILIES);
    }
    List<String> form = args.bind(signature);
    String canonical = args.call().toString();
    try {
      return build(args, form, dimension, baseDir, canonical);
    } catch (ValueSyntaxException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      // A parameter combination whose derived values leave the doubles, e.g. cv=1e-200.
      throw args.errorAtFamily(e.getMessage());
    }
  }

  private static Distribution build(
      Arguments args, List<String> form, Dimension dim, Path baseDir, String text) {
    switch (args.family()) {
      case "constant":
        return new Constant(args.value("value", dim), text);
      case "exponential":
        return new Exponential(exponentialMean(args, form, dim), text);
      case "uniform":
        return uniform(args, dim, text);
      case "erlang":
        return new Erlang(args.positiveInt("k"), args.positive("mean", dim), text);
      case "gamma":
        if (form.equals(MEAN_CV)) {
          double mean = args.positive("mean", dim);
          double cv = args.positive("cv", Dimension.NUMBER);
          return new Gamma(1 / (cv * cv), mean * cv * cv, text);
        }
        return new Gamma(
            args.positive("shape", Dimension.NUMBER), args.positive("scale", dim), text);
      case "lognormal":
        return lognormal(args, form, dim, text);
      case "weibull":
        return new Weibull(
            args.positive("shape", Dimension.NUMBER), args.positive("scale", dim), text);
      case "pareto":
        return pareto(args, dim, text);
      case "hyperexponential":
        return hyperexponential(args, dim, text);
      case "empirical":
        return empirical(args, dim, baseDir, text);
      default:
        throw args.unknownFamily("distribution family", FAMILIES);
    }
  }

  private static double exponentialMean(Arguments args, List<String> form, Dimension dim) {
    if (form.contains("mean")) {
      return args.positive("mean", dim);
    }
    if (dim != Dimension.TIME) {
      throw args.errorAt(
          "rate",
          "exponential rate is only for durations; give the mean of the "
              + dim.name().toLowerCase()
              + " instead");
    }
    double perSecond = args.parse("rate", Rate::parse).perSecond();
    if (!(perSecond > 0)) {
      throw args.error("rate", "must be positive");
    }
    return 1 / perSecond;
  }

  private static Distribution uniform(Arguments args, Dimension dim, String text) {
    double min = args.value("min", dim);
    double max = args.value("max", dim);
    if (!(min < max)) {
      throw args.errorAt(
          "max",
          "uniform max ("
              + args.raw("max")
              + ") must be greater than min ("
              + args.raw("min")
              + ")");
    }
    return new Uniform(min, max, text);
  }

  private static Distribution lognormal(
      Arguments args, List<String> form, Dimension dim, String text) {
    if (form.equals(MEAN_CV)) {
      return Lognormal.ofMeanCv(
          args.positive("mean", dim), args.positive("cv", Dimension.NUMBER), text);
    }
    if (form.contains("median")) {
      double median = args.positive("median", dim);
      double p99 = args.positive("p99", dim);
      if (!(p99 > median)) {
        throw args.errorAt(
            "p99",
            "lognormal p99 ("
                + args.raw("p99")
                + ") must be greater than median ("
                + args.raw("median")
                + ")");
      }
      return Lognormal.ofMedianP99(median, p99, text);
    }
    return new Lognormal(
        args.value("mu", Dimension.NUMBER), args.positive("sigma", Dimension.NUMBER), text);
  }

  private static Distribution pareto(Arguments args, Dimension dim, String text) {
    double shape = args.positive("shape", Dimension.NUMBER);
    double min = args.positive("min", dim);
    if (!args.has("max")) {
      return new Pareto(shape, min, Double.POSITIVE_INFINITY, text);
    }
    double max = args.value("max", dim);
    if (!(max > min)) {
      throw args.errorAt(
          "max",
          "pareto max ("
              + args.raw("max")
              + ") must be greater than min ("
              + args.raw("min")
              + ")");
    }
    return new Pareto(shape, min, max, text);
  }

  private static Distribution hyperexponential(Arguments args, Dimension dim, String text) {
    double mean = args.positive("mean", dim);
    double cv = args.value("cv", Dimension.NUMBER);
    if (!(cv > 1)) {
      throw args.error(
          "cv", "must be greater than 1; for cv = 1 use exponential, below 1 erlang or gamma");
    }
    return Hyperexponential.balanced(mean, cv, text);
  }

  private static Distribution empirical(Arguments args, Dimension dim, Path baseDir, String text) {
    String unit = args.has("unit") ? args.raw("unit") : null;
    if (unit != null && !ValueColumn.isUnit(unit, dim)) {
      throw args.error("unit", "must be a unit of " + dim.example());
    }
    Path file = baseDir.resolve(args.raw("file"));
    try {
      return Empirical.ofSample(ValueColumn.read(file, dim, unit), text);
    } catch (IOException e) {
      throw args.errorAt("file", "empirical cannot read " + file + ": " + e);
    } catch (IllegalArgumentException e) {
      throw args.errorAt("file", "empirical file " + args.raw("file") + " " + e.getMessage());
    }
  }
}
