package kubeplan.replication;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import kubeplan.engine.Engine;
import kubeplan.engine.Runner;
import kubeplan.engine.SimulationException;
import org.junit.jupiter.api.Test;

class ReplicationsTest {
  private static final long SEED = 20261127;
  private static final Mm1.Config SHORT = new Mm1.Config(0.5, 1.0, 100, 2_000);

  @Test
  void results_comeInReplicationOrder_forAnyThreadCount() {
    List<Integer> expected = IntStream.range(0, 20).map(i -> i * i).boxed().toList();
    for (int threads : new int[] {1, 2, 3, 8}) {
      // Unequal work per replication, so they finish out of order on several threads.
      assertEquals(
          expected,
          Replications.run(
              20,
              threads,
              i -> {
                Runner.run("work-" + i, 1e9, engine -> spin(engine, (20 - i) * 2_000));
                return i * i;
              }),
          threads + " threads");
    }
  }

  @Test
  void forEachInOrder_handsEveryResultOverOnce_inIndexOrder_onTheCallingThread() {
    Thread caller = Thread.currentThread();
    for (int threads : new int[] {1, 2, 3, 8}) {
      List<Integer> handedOver = new ArrayList<>();
      List<Thread> handedOn = new ArrayList<>();
      // The first tasks do the most work, so later ones finish first on several threads.
      Replications.forEachInOrder(
          25,
          threads,
          i -> {
            Runner.run("task-" + i, 1e9, engine -> spin(engine, (25 - i) * 2_000));
            return i;
          },
          result -> {
            handedOver.add(result);
            handedOn.add(Thread.currentThread());
          });

      assertEquals(IntStream.range(0, 25).boxed().toList(), handedOver, threads + " threads");
      assertTrue(handedOn.stream().allMatch(t -> t == caller), threads + " threads");
    }
  }

  @Test
  void mm1_onOneAndOnTwoThreads_givesIdenticalStatistics() {
    List<Mm1.Stats> one = Replications.run(6, 1, r -> Mm1.replicate(SHORT, SEED, r));
    List<Mm1.Stats> two = Replications.run(6, 2, r -> Mm1.replicate(SHORT, SEED, r));
    for (int r = 0; r < 6; r++) {
      assertArrayEquals(one.get(r).bytes(), two.get(r).bytes(), "replication " + r);
    }
  }

  @Test
  void theSameSeed_givesByteIdenticalStatistics_andAnotherSeedDoesNot() {
    byte[] first = Mm1.replicate(SHORT, SEED, 3).bytes();
    byte[] again = Mm1.replicate(SHORT, SEED, 3).bytes();
    byte[] otherSeed = Mm1.replicate(SHORT, SEED + 1, 3).bytes();
    assertArrayEquals(first, again);
    assertFalse(Arrays.equals(first, otherSeed));
  }

  @Test
  void aFailingReplication_failsTheRun_withItsSimulationException() {
    SimulationException failure =
        assertThrows(
            SimulationException.class,
            () ->
                Replications.run(
                    8,
                    2,
                    r ->
                        Runner.run(
                            "rep-" + r,
                            100,
                            engine -> {
                              if (r == 5) {
                                engine.schedule(
                                    7,
                                    () -> {
                                      throw new IllegalStateException("negative queue length");
                                    });
                              }
                            })));
    assertEquals("rep-5", failure.replication());
    assertEquals(7.0, failure.time());
    assertEquals("negative queue length", failure.getCause().getMessage());
  }

  @Test
  void interruptingTheCaller_cancelsTheRun_andInterruptsRunningReplications()
      throws InterruptedException {
    Thread caller = Thread.currentThread();
    CountDownLatch neverOpened = new CountDownLatch(1);
    CountDownLatch workerInterrupted = new CountDownLatch(1);
    CancellationException cancelled =
        assertThrows(
            CancellationException.class,
            () ->
                Replications.run(
                    4,
                    2,
                    r -> {
                      if (r == 0) {
                        caller.interrupt();
                      }
                      try {
                        neverOpened.await();
                      } catch (InterruptedException e) {
                        workerInterrupted.countDown();
                      }
                      return r;
                    }));
    assertTrue(Thread.interrupted(), "the caller's interrupt status is kept (and cleared here)");
    assertEquals("replications interrupted: 0 of 4 had finished", cancelled.getMessage());
    assertTrue(cancelled.getCause() instanceof InterruptedException);
    assertTrue(
        workerInterrupted.await(30, TimeUnit.SECONDS),
        "a running replication is interrupted, so it can stop");
  }

  @Test
  void interruptingTheCaller_stopsRunningSimulations_withinTheirEventLoop() {
    Thread caller = Thread.currentThread();
    CountDownLatch inEventLoop = new CountDownLatch(2);
    CountDownLatch stopped = new CountDownLatch(2);
    assertThrows(
        CancellationException.class,
        () -> Replications.run(2, 2, r -> endless(r, caller, inEventLoop, stopped)));
    assertTrue(Thread.interrupted(), "the caller's interrupt status is kept (and cleared here)");
    assertTrue(
        assertDoesNotThrow(() -> stopped.await(30, TimeUnit.SECONDS)),
        "both replications ended with a CancellationException from the engine");
  }

  /**
   * A replication whose events never end. Replication 0 interrupts the caller once both are in
   * their event loops (DSOL's start-up swallows an interrupt that arrives during it).
   */
  private static long endless(
      int r, Thread caller, CountDownLatch inEventLoop, CountDownLatch stopped) {
    try {
      return Runner.run(
          "endless-" + r,
          Double.MAX_VALUE,
          engine -> {
            engine.schedule(0, inEventLoop::countDown);
            if (r == 0) {
              engine.schedule(
                  0,
                  new Runnable() {
                    @Override
                    public void run() {
                      if (inEventLoop.getCount() == 0) {
                        caller.interrupt();
                      } else {
                        engine.schedule(1, this);
                      }
                    }
                  });
            }
            spin(engine, Integer.MAX_VALUE);
          });
    } catch (SimulationException e) {
      if (e.getCause() instanceof CancellationException) {
        stopped.countDown();
      }
      throw e;
    }
  }

  @Test
  void runUntil_keepsTheFirstPrefixThatMeetsTheTarget_whateverTheThreadCount() {
    Precision target = new Precision(0.01, 0.95, 3, 500);
    SequentialRun<Double> one = Replications.runUntil(target, 1, ReplicationsTest::noisy, x -> x);
    SequentialRun<Double> two = Replications.runUntil(target, 2, ReplicationsTest::noisy, x -> x);
    assertEquals(one, two);
    assertTrue(one.targetMet());
    int n = one.replications().size();
    double[] values = one.replications().stream().mapToDouble(x -> x).toArray();
    assertTrue(target.isMetBy(Estimate.mean(values, 0.95)));
    for (int shorter = target.minReplications(); shorter < n; shorter++) {
      double[] prefix = Arrays.copyOf(values, shorter);
      assertFalse(target.isMetBy(Estimate.mean(prefix, 0.95)), "already met at " + shorter);
    }
    for (int r = 0; r < n; r++) {
      assertEquals(noisy(r), one.replications().get(r), "replication " + r + " kept in order");
    }
  }

  @Test
  void runUntil_thatReachesTheMaximumFirst_saysTheTargetWasNotMet() {
    Precision impossible = new Precision(1e-6, 0.95, 2, 7);
    SequentialRun<Double> run =
        Replications.runUntil(impossible, 2, ReplicationsTest::noisy, x -> x);
    assertFalse(run.targetMet());
    assertEquals(7, run.replications().size());
    assertEquals(7, run.estimate().n());
  }

  @Test
  void badArguments_areRefusedNamingTheValue() {
    assertEquals(
        "replication count must be >= 1: 0",
        assertThrows(IllegalArgumentException.class, () -> Replications.run(0, 2, r -> r))
            .getMessage());
    assertEquals(
        "threads must be >= 1: 0",
        assertThrows(IllegalArgumentException.class, () -> Replications.run(3, 0, r -> r))
            .getMessage());
  }

  @Test
  void aReplicationReturningNull_isAnErrorNamingIt() {
    NullPointerException error =
        assertThrows(
            NullPointerException.class, () -> Replications.run(3, 1, r -> r == 1 ? null : "ok"));
    assertEquals("replication 1 returned null", error.getMessage());
  }

  @Test
  void theDefaultPool_usesEveryCore() {
    assertEquals(Runtime.getRuntime().availableProcessors(), Replications.defaultThreads());
    List<Integer> results = Replications.run(3, r -> r);
    assertEquals(List.of(0, 1, 2), results);
    assertThrows(UnsupportedOperationException.class, () -> results.add(3));
  }

  /** Replication r's value: 10 plus noise with standard deviation 1, a function of r alone. */
  private static double noisy(int r) {
    return 10 + new SplittableRandom(r).nextGaussian(0, 1);
  }

  /** A chain of {@code events} events, to give a replication some work. */
  private static void spin(Engine engine, int events) {
    engine.schedule(
        1,
        new Runnable() {
          int left = events;

          @Override
          public void run() {
            if (--left > 0) {
              engine.schedule(1, this);
            }
          }
        });
  }
}
