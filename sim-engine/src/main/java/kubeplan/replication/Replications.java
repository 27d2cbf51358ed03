package kubeplan.replication;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Runs independent replications of a model on a pool of threads and returns their results in
 * replication order, identical for any number of threads.
 *
 * <p>A replication is a function of its index {@code 0, 1, ...}: the model seeds its random streams
 * from (scenario seed, index), shares no mutable state with other replications and returns its
 * statistics. Interrupting the calling thread cancels the run: running replications are
 * interrupted, none is started, and a {@link CancellationException} is thrown with the caller's
 * interrupt status kept. A replication that throws (a {@code SimulationException} from the engine)
 * cancels the others and its exception is rethrown as it is.
 */
public final class Replications {
  /*
   * The pool keeps 2 × `threads` indices submitted (`threads` running, as many queued), submitting
   * the next whenever one finishes and before handing results over, so a slow replication does
   * not idle the others and no worker waits while the caller folds a result. Results are handed
   * over strictly in index order; queued indices never start once the run stops. For sequential stopping the rule is evaluated on each prefix 0..n-1 in turn, and
   * the first n that meets it is the answer: which replications are kept depends only on their
   * results, never on the thread count or on which thread finished first. Replications beyond n
   * that had already started are discarded.
   *
   * Cancelling interrupts the workers; the engine's event loop checks for that every 65,536
   * events and ends the replication. DSOL's start-up of a replication (a millisecond) swallows an
   * interrupt, so a replication that was just starting runs to its end on its daemon thread; the
   * caller does not wait for it.
   */

  private Replications() {}

  /** The default pool size: every core the JVM may use. */
  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** Runs replications {@code 0..count-1} on {@link #defaultThreads()} threads. */
  public static <R> List<R> run(int count, IntFunction<? extends R> replication) {
    return run(count, defaultThreads(), replication);
  }

  /**
   * Runs replications {@code 0..count-1} on {@code threads} threads.
   *
   * @return the results in replication order
   * @throws CancellationException when the calling thread is interrupted
   */
  public static <R> List<R> run(int count, int threads, IntFunction<? extends R> replication) {
    if (count < 1) {
      throw new IllegalArgumentException("replication count must be >= 1: " + count);
    }
    List<R> results = new ArrayList<>(count);
    runInOrder(count, threads, replication, result -> {
      results.add(result);
      return false;
    });
    return List.copyOf(results);
  }

  /**
   * Runs tasks {@code 0..count-1} on {@code threads} threads and hands each result to {@code
   * inOrder} on the calling thread, in index order, as soon as it and every task before it have
   * finished. Nothing keeps a result once it is handed over, so a caller that folds results as
   * they come (a sweep assembling one point while the next runs) holds few at a time.
   *
   * @throws CancellationException when the calling thread is interrupted
   */
  public static <R> void forEachInOrder(
      int count, int threads, IntFunction<? extends R> task, Consumer<? super R> inOrder) {
    if (count < 1) {
      throw new IllegalArgumentException("task count must be >= 1: " + count);
    }
    runInOrder(count, threads, task, result -> {
      inOrder.accept(result);
      return false;
    });
  }

  /** As {@link #runUntil(Precision, int, IntFunction, ToDoubleFunction)} on all cores. */
  public static <R> SequentialRun<R> runUntil(
      Precision target, IntFunction<? extends R> replication, ToDoubleFunction<? super R> metric) {
    return runUntil(target, defaultThreads(), replication, metric);
  }

  /**
   * Sequential stopping: runs replications until the mean of {@code metric} over them has a
   * relative half-width below the target, or {@code target.maxReplications()} is reached.
   *
   * <p>The rule is checked after every replication in index order from {@code
   * target.minReplications()} on, so the number kept is the same for any thread count.
   *
   * @throws CancellationException when the calling thread is interrupted
   */
  public static <R> SequentialRun<R> runUntil(
      Precision target,
      int threads,
      IntFunction<? extends R> replication,
      ToDoubleFunction<? super R> metric) {
    List<R> kept = new ArrayList<>(target.maxReplications());
    runInOrder(
        target.maxReplications(),
        threads,
        replication,
        result -> {
          kept.add(result);
          return kept.size() >= target.minReplications()
              && target.isMetBy(estimate(kept, metric, target.confidence()));
        });
    Estimate estimate = estimate(kept, metric, target.confidence());
    return new SequentialRun<>(List.copyOf(kept), estimate, target.isMetBy(estimate));
  }

  private static <R> Estimate estimate(
      List<R> results, ToDoubleFunction<? super R> metric, double confidence) {
    return Estimate.mean(results.stream().mapToDouble(metric).toArray(), confidence);
  }

  /**
   * Runs indices {@code 0..max-1} and hands their results in index order to {@code stopAfter},
   * until it answers true or every index has run.
   */
  private static <R> void runInOrder(
      int max, int threads, IntFunction<? extends R> task, Predicate<? super R> stopAfter) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, max), new Workers());
    CompletionService<Integer> completed = new ExecutorCompletionService<>(pool);
    Object[] results = new Object[max];
    boolean[] finished = new boolean[max];
    int window = Math.min(2 * threads, max);
    int submitted = 0;
    int delivered = 0;
    try {
      for (; submitted < window; submitted++) {
        submit(completed, task, submitted, results);
      }
      while (delivered < max) {
        int index = take(completed, delivered, max);
        finished[index] = true;
        if (submitted < max) {
          submit(completed, task, submitted++, results);
        }
        while (delivered < max && finished[delivered]) {
          @SuppressWarnings("unchecked") // results[i] holds the R that task i returned
          R result = (R) results[delivered];
          results[delivered++] = null;
          if (stopAfter.test(result)) {
            return;
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> void submit(
      CompletionService<Integer> completed,
      IntFunction<? extends R> replication,
      int index,
      Object[] results) {
    completed.submit(
        () -> {
          R result = replication.apply(index);
          if (result == null) {
            throw new NullPointerException("replication " + index + " returned null");
          }
          results[index] = result;
          return index;
        });
  }

  /** Waits for the next replication to finish and returns its index, or rethrows its failure. */
  private static int take(CompletionService<Integer> completed, int accepted, int max) {
    Future<Integer> next;
    try {
      next = completed.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      CancellationException cancelled =
          new CancellationException(
              "replications interrupted: " + accepted + " of " + max + " had finished");
      cancelled.initCause(e);
      throw cancelled;
    }
    try {
      return next.get();
    } catch (InterruptedException e) {
      throw new IllegalStateException("a completed replication cannot block", e);
    } catch (ExecutionException e) {
      Throwable failure = e.getCause();
      if (failure instanceof Error error) {
        throw error;
      }
      // The task runs an IntFunction and so can throw unchecked exceptions only.
      throw (RuntimeException) failure;
    }
  }

  /** Daemon threads, so a replication still running after a cancellation never holds the JVM. */
  private static final class Workers implements ThreadFactory {
    private final AtomicInteger created = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "replication-" + created.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
