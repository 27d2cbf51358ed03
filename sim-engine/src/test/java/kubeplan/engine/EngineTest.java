package kubeplan.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class EngineTest {

  @Test
  void eventsRunInTimeOrder_whateverTheOrderTheyWereScheduledIn() {
    List<String> trace = new ArrayList<>();
    Runner.run("order", 100, engine -> {
      engine.schedule(3, () -> trace.add("c@" + engine.now()));
      engine.schedule(1, () -> trace.add("a@" + engine.now()));
      engine.schedule(2, () -> trace.add("b@" + engine.now()));
    });
    assertEquals(List.of("a@1.0", "b@2.0", "c@3.0"), trace);
  }

  @Test
  void eventsAtTheSameTime_runInSchedulingOrder_unlessAPriorityIsHigher() {
    List<String> trace = new ArrayList<>();
    Runner.run("ties", 100, engine -> {
      engine.schedule(1, () -> trace.add("first"));
      engine.schedule(1, () -> trace.add("second"));
      engine.scheduleAt(1, (short) 9, () -> trace.add("urgent"));
      engine.schedule(1, () -> trace.add("third"));
    });
    assertEquals(List.of("urgent", "first", "second", "third"), trace);
  }

  @Test
  void zeroDelay_runsAfterTheEventsAlreadyDueNow() {
    List<String> trace = new ArrayList<>();
    Runner.run("zero", 100, engine -> {
      engine.schedule(1, () -> {
        trace.add("a");
        engine.schedule(0, () -> trace.add("a-follow-up"));
      });
      engine.schedule(1, () -> trace.add("b"));
    });
    assertEquals(List.of("a", "b", "a-follow-up"), trace);
  }

  @Test
  void cancelledEvent_neverRuns_andCancellingTwiceReportsFalse() {
    List<String> trace = new ArrayList<>();
    Runner.run("cancel", 100, engine -> {
      ScheduledEvent timeout = engine.scheduleCancellable(5, () -> trace.add("timeout"));
      engine.schedule(1, () -> {
        trace.add("done");
        assertTrue(engine.cancel(timeout));
        assertFalse(engine.cancel(timeout));
        assertFalse(timeout.isPending());
      });
    });
    assertEquals(List.of("done"), trace);
  }

  @Test
  void cancellingOneOfManyEvents_keepsTheOthersInOrder() {
    List<Double> times = new ArrayList<>();
    Runner.run("many", 1000, engine -> {
      List<ScheduledEvent> handles = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        double at = (i * 37) % 200;
        handles.add(engine.scheduleCancellable(at, () -> times.add(engine.now())));
      }
      for (int i = 0; i < 200; i += 3) {
        engine.cancel(handles.get(i));
      }
    });
    assertEquals(200 - 67, times.size());
    for (int i = 1; i < times.size(); i++) {
      assertTrue(times.get(i - 1) <= times.get(i), "out of order at " + i + ": " + times);
    }
  }

  @Test
  void stop_endsTheReplication_beforeLaterEventsRun() {
    List<Double> times = new ArrayList<>();
    long executed = Runner.run("stop", 100, engine -> {
      for (int i = 1; i <= 10; i++) {
        engine.schedule(i, () -> {
          times.add(engine.now());
          if (engine.now() == 4) {
            engine.stop();
          }
        });
      }
    });
    assertEquals(List.of(1.0, 2.0, 3.0, 4.0), times);
    assertEquals(4 + 1, executed, "four model events and DSOL's own warm-up event at t=0");
  }

  @Test
  void theHorizon_isTheLastTimeAtWhichEventsRun() {
    List<Double> times = new ArrayList<>();
    Runner.run("horizon", 5, engine -> {
      for (int i = 1; i <= 10; i++) {
        engine.schedule(i, () -> times.add(engine.now()));
      }
    });
    assertEquals(List.of(1.0, 2.0, 3.0, 4.0, 5.0), times);
  }

  @Test
  void anEventThatFails_surfacesToTheCaller_withTheSimulationTime() {
    SimulationException failure = assertThrows(SimulationException.class,
        () -> Runner.run("boom", 100, engine -> engine.schedule(2.5, () -> {
          throw new IllegalStateException("queue corrupted");
        })));
    assertEquals(2.5, failure.time());
    assertEquals("boom", failure.replication());
    assertTrue(failure.getCause() instanceof IllegalStateException);
    assertTrue(failure.getMessage().contains("t=2.5 s"), failure.getMessage());
  }

  @Test
  void schedulingInThePast_orWithANegativeDelay_isRefused() {
    SimulationException failure = assertThrows(SimulationException.class,
        () -> Runner.run("past", 100, engine -> engine.schedule(2, () -> engine.scheduleAt(1,
            () -> { }))));
    assertTrue(failure.getCause().getMessage().contains("cannot schedule an event at 1.0 s"));
    assertThrows(SimulationException.class,
        () -> Runner.run("negative", 100, engine -> engine.schedule(-1, () -> { })));
  }

  @Test
  void replicationsOnSeveralThreads_giveTheSameResultsAsOnOne() throws Exception {
    List<Double> sequential = new ArrayList<>();
    for (int r = 0; r < 8; r++) {
      sequential.add(chain("seq-" + r, r));
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Double>> parallel = new ArrayList<>();
      for (int r = 0; r < 8; r++) {
        int replication = r;
        parallel.add(pool.submit(() -> chain("par-" + replication, replication)));
      }
      for (int r = 0; r < 8; r++) {
        assertEquals(sequential.get(r), parallel.get(r).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** A deterministic chain of events whose result depends on every event's time and order. */
  private static double chain(String id, int salt) {
    double[] acc = {salt};
    Runner.run(id, 1e9, engine -> engine.schedule(0, new Runnable() {
      int n;

      @Override
      public void run() {
        acc[0] = acc[0] * 1.000001 + engine.now();
        if (++n < 50_000) {
          engine.schedule((n * 7919 % 13) / 13.0, this);
        }
      }
    }));
    return acc[0];
  }
}
