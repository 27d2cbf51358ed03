package kubeplan.cli;

import java.util.concurrent.Callable;
import kubeplan.bench.BenchmarkSettings;
import kubeplan.bench.EngineBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code kubeplan bench}: the engine benchmark, run in this JVM, so users can see what the engine
 * achieves on their machine before sizing a long sweep.
 */
@Command(
    name = "bench",
    sortOptions = false,
    description = {
      "Measures the simulation engine on an M/M/1 queue: events per second of the engine and of"
          + " a bare PriorityQueue loop with the same random numbers, their ratio, the scaling of"
          + " replications from one thread to two, and the heap a long run retains.",
      "Takes a minute or two with the defaults; keep the machine otherwise idle.",
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  kubeplan bench",
      "  kubeplan bench --customers 200000 --rounds 3",
      "      a quicker, noisier look",
    })
final class BenchCommand implements Callable<Integer> {
  private static final BenchmarkSettings STANDARD = BenchmarkSettings.standard();

  @Spec private CommandSpec spec;

  @Mixin private DebugOption debug;

  @Option(
      names = "--customers",
      paramLabel = "N",
      description = "Customers per M/M/1 run (default ${DEFAULT-VALUE}).")
  private long customers = STANDARD.customers();

  @Option(
      names = "--rounds",
      paramLabel = "N",
      description = "Measured rounds, reported as median and range (default ${DEFAULT-VALUE}),"
          + " after the JIT's warm-up rounds.")
  private int rounds = STANDARD.measuredRounds();

  @Override
  public Integer call() {
    BenchmarkSettings settings;
    try {
      settings = new BenchmarkSettings(
          customers, STANDARD.lambda(), STANDARD.mu(), STANDARD.warmupRounds(), rounds);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    spec.commandLine().getOut().print(EngineBenchmark.run(settings).table());
    spec.commandLine().getOut().flush();
    return ExitStatus.OK;
  }
}
