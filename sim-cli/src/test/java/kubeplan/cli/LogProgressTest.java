package kubeplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Progress for logs: a start line, a line per tenth no more than every 10 s, an end line. */
class LogProgressTest {
  private final AtomicLong clock = new AtomicLong(1_000);
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private final LogProgress progress =
      new LogProgress("seed", new PrintStream(log, true, StandardCharsets.UTF_8), clock::get);

  @Test
  void planned_printsOneStartLineWithTheTotal() {
    progress.planned(300);
    assertEquals(List.of("seed: running 300 replications"), lines());
  }

  @Test
  void completed_quickRun_printsOnlyStartAndEnd() {
    progress.planned(100);
    for (int i = 0; i < 100; i++) {
      clock.addAndGet(Duration.ofMillis(50).toNanos());
      progress.completed(1);
    }
    assertEquals(
        List.of("seed: running 100 replications", "seed: 100/100 replications (100%), 5s elapsed"),
        lines());
  }

  @Test
  void completed_slowRun_printsEachTenthWithAnEstimateOfTheTimeLeft() {
    progress.planned(10);
    for (int i = 0; i < 3; i++) {
      clock.addAndGet(Duration.ofSeconds(30).toNanos());
      progress.completed(1);
    }
    assertEquals(
        List.of(
            "seed: running 10 replications",
            "seed: 1/10 replications (10%), 30s elapsed, about 4m 30s left",
            "seed: 2/10 replications (20%), 1m 00s elapsed, about 4m 00s left",
            "seed: 3/10 replications (30%), 1m 30s elapsed, about 3m 30s left"),
        lines());
  }

  @Test
  void completed_hourLongRunOfTenThousand_staysUnderADozenLines() {
    progress.planned(10_000);
    for (int i = 0; i < 10_000; i++) {
      clock.addAndGet(Duration.ofMillis(360).toNanos());
      progress.completed(1);
    }
    List<String> lines = lines();
    assertTrue(lines.size() <= 12, () -> lines.size() + " lines: " + lines);
    assertEquals(
        "seed: 10000/10000 replications (100%), 1h 00m elapsed", lines.get(lines.size() - 1));
  }

  @Test
  void completed_tenthsFasterThanTenSeconds_areHeldBackUntilTenSecondsPass() {
    progress.planned(100);
    clock.addAndGet(Duration.ofSeconds(4).toNanos());
    progress.completed(20);
    clock.addAndGet(Duration.ofSeconds(4).toNanos());
    progress.completed(20);
    assertEquals(1, lines().size(), () -> "only the start line within 10 s: " + lines());
    clock.addAndGet(Duration.ofSeconds(4).toNanos());
    progress.completed(1);
    assertEquals("seed: 41/100 replications (41%), 12s elapsed, about 17s left", lines().get(1));
  }

  @Test
  void format_choosesTheTwoLargestUnits() {
    assertEquals("0s", LogProgress.format(Duration.ofMillis(400)));
    assertEquals("59s", LogProgress.format(Duration.ofSeconds(59)));
    assertEquals("3m 05s", LogProgress.format(Duration.ofSeconds(185)));
    assertEquals("2h 10m", LogProgress.format(Duration.ofMinutes(130)));
  }

  private List<String> lines() {
    return log.toString(StandardCharsets.UTF_8).lines().toList();
  }
}
