package kubeplan.queueing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import kubeplan.engine.Runner;
import org.junit.jupiter.api.Test;

class DrainTest {

  @Test
  void theReplicationEnds_whenTheLastRequestLeavesAfterEverySourceHasEnded() {
    List<Double> ran = new ArrayList<>();
    Runner.run(
        "drain",
        100,
        engine -> {
          Drain drain = new Drain(engine, 2);
          drain.entered();
          drain.entered();
          engine.schedule(1, drain::sourceExhausted);
          engine.schedule(2, drain::left);
          engine.schedule(3, drain::sourceExhausted);
          engine.schedule(4, drain::left);
          for (int t = 1; t <= 6; t++) {
            engine.schedule(t - 0.5, () -> ran.add(engine.now()));
          }
        });
    assertEquals(
        List.of(0.5, 1.5, 2.5, 3.5),
        ran,
        "the request leaving at 4 s ends the run; nothing after it runs");
  }

  @Test
  void sourcesThatEndWithNothingInFlight_endTheReplicationAtOnce() {
    List<Double> ran = new ArrayList<>();
    Runner.run(
        "empty",
        100,
        engine -> {
          Drain drain = new Drain(engine, 1);
          engine.schedule(2, drain::sourceExhausted);
          engine.schedule(5, () -> ran.add(engine.now()));
        });
    assertEquals(List.of(), ran);
  }
}
