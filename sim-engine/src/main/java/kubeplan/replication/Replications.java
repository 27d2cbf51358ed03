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
   * The pool keeps at most `threads` replications in flight, starting the next index whenever one
   * finishes, so a slow replication does not idle the others. Results are accepted strictly in
   * index order. For sequential stopping the rule is evaluated on each prefix 0..n-1 in turn, and
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
    return runInOrder(count, threads, replication, results -> false);
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
    List<R> kept =
        runInOrder(
            target.maxReplications(),
            threads,
            replication,
            results ->
                results.size() >= target.minReplications()
                    && target.isMetBy(estimate(results, metric, target.confidence())));
    Estimate estimate = estimate(kept, metric, target.confidence());
    return new SequentialRun<>(kept, estimate, target.isMetBy(estimate));
  }

  private static <R> Estimate estimate(
      List<R> results, ToDoubleFunction<? super R> metric, double confidence) {
    return Estimate.mean(results.stream().mapToDouble(metric).toArray(), confidence);
  }

  /**
   * Runs indices {@code 0..max-1} and returns the results of the shortest prefix that satisfies
   * {@code enough}, or of all of them.
   */
  private static <R> List<R> runInOrder(
      int max, int threads, IntFunction<? extends R> replication, Predicate<List<R>> enough) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, max), new Workers());
    CompletionService<Integer> completed = new ExecutorCompletionService<>(pool);
    List<R> accepted = new ArrayList<>(max);
    Object[] results = new Object[max];
    boolean[] finished = new boolean[max];
    int submitted = 0;
    try {
      for (; submitted < Math.min(threads, max); submitted++) {
        submit(completed, replication, submitted, results);
      }
      while (accepted.size() < max) {
        int index = take(completed, accepted.size(), max);
        finished[index] = true;
        while (accepted.size() < max && finished[accepted.size()]) {
          @SuppressWarnings("unchecked") // results[i] holds the R that replication i returned
          R result = (R) results[accepted.size()];
          accepted.add(result);
          if (enough.test(accepted)) {
            return List.copyOf(accepted);
          }
        }
        if (submitted < max) {
          submit(completed, replication, submitted++, results);
        }
      }
      return List.copyOf(accepted);
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
