package kubeplan.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C and SIGTERM during a run into a clean stop: the JVM's shutdown hook interrupts the
 * thread doing the work, waits while it stops the workers and removes its unfinished output, then
 * ends the process with status 130.
 */
final class Interruption {
  /*
   * The JVM runs shutdown hooks on a signal and halts when they return, so the hook itself must
   * wait for the work's own clean-up (finally blocks, the report writer removing its temporary
   * folder) and then halt with 130: System.exit from a hook would block forever. Work that ignores
   * the interrupt gets GRACE_SECONDS before the process ends anyway, so a second Ctrl-C is never
   * needed.
   */
  private static final long GRACE_SECONDS = 30;

  private final Thread worker;
  private final PrintStream err;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final Thread hook = new Thread(this::stop, "kubeplan-interruption");

  private Interruption(Thread worker, PrintStream err) {
    this.worker = worker;
    this.err = err;
  }

  /**
   * Does {@code work} on the calling thread, which a signal interrupts; the work answers with an
   * {@link InterruptedException} (or an interrupted I/O operation) after cleaning up.
   */
  static <T> T guard(Callable<T> work) throws Exception {
    Interruption interruption = new Interruption(Thread.currentThread(), System.err);
    Runtime.getRuntime().addShutdownHook(interruption.hook);
    try {
      return work.call();
    } finally {
      interruption.stopped.countDown();
      interruption.unhook();
    }
  }

  private void unhook() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // A signal came as the work ended: the hook is running and ends the process with 130.
    }
  }

  private void stop() {
    worker.interrupt();
    boolean clean;
    try {
      clean = stopped.await(GRACE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      clean = false;
    }
    err.println(
        clean
            ? "kubeplan: interrupted; reports not finished were not written"
            : "kubeplan: interrupted; the run did not stop within " + GRACE_SECONDS + " s");
    err.flush();
    Runtime.getRuntime().halt(ExitStatus.INTERRUPTED);
  }
}
