package kubeplan.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kubeplan.stats.Tolerance;
import org.junit.jupiter.api.Test;

/** The benchmark's correctness, not its speed: both loops do the same work, and it adds up. */
class EngineBenchmarkTest {

  @Test
  void bareLoopAndEngine_withTheSameRandomNumbers_agreeToTheLastBit() {
    Mm1Loops.Run bare = Mm1Loops.bareLoop(50_000, 0.9, 1.0, 3);
    Mm1Loops.Run engine = Mm1Loops.engine(50_000, 0.9, 1.0, 3);
    assertEquals(bare.meanSojourn(), engine.meanSojourn());
    assertEquals(2 * 50_000, bare.events(), "an arrival and a departure per customer");
    assertEquals(
        2 * 50_000 + 2,
        engine.events(),
        "the same, plus DSOL's warm-up and end-of-replication events");
  }

  @Test
  void meanSojourn_atLoad09_isNearTheM_M_1Value10() {
    // kappa for the M/M/1 mean response at rho 0.9 lies between 9 (rho 0.8) and 41 (rho 0.95);
    // take 41 and z = 4 over 400,000 customers: 26 %.
    double mean = Mm1Loops.bareLoop(400_000, 0.9, 1.0, 11).meanSojourn();
    assertEquals(10.0, mean, 10.0 * Tolerance.relative(41, 400_000));
  }

  @Test
  void aShortBenchmark_reportsEveryFigure_andTheLoopsMeanSojourn() {
    BenchmarkSettings tiny = new BenchmarkSettings(20_000, 0.9, 1.0, 0, 1);
    BenchmarkResult result = EngineBenchmark.run(tiny);
    assertEquals(Mm1Loops.bareLoop(20_000, 0.9, 1.0, 42).meanSojourn(), result.meanSojourn());
    assertTrue(result.engineToBare() > 0 && result.twoThreadScaling() > 0, result.table());
    assertTrue(result.shortRunHeapBytes() > 0 && result.longRunHeapBytes() > 0, result.table());
    assertTrue(result.table().contains("engine / bare loop"), result.table());
  }

  @Test
  void anUnstableQueue_isRefused() {
    assertEquals(
        "the queue must be stable, 0 < lambda < mu < Infinity: lambda=1.0, mu=1.0",
        assertThrows(
                IllegalArgumentException.class, () -> new BenchmarkSettings(1000, 1.0, 1.0, 0, 1))
            .getMessage());
  }
}
