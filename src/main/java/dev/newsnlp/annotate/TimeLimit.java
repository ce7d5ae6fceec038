package dev.newsnlp.annotate;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one annotation with a wall-clock limit. On time-out the worker thread is interrupted (CoreNLP checks
 * for interrupts between annotators) and, if it does not stop, abandoned: the next document gets a fresh
 * thread, so one pathological page cannot stall the worker.
 */
final class TimeLimit implements AutoCloseable {
  private static final AtomicInteger THREADS = new AtomicInteger();

  /** The document took longer than the limit. */
  static final class TimedOutException extends Exception {
    TimedOutException(String message) {
      super(message);
    }
  }

  private final long limitMillis;
  private ExecutorService executor;

  TimeLimit(long limitMillis) {
    this.limitMillis = limitMillis;
    this.executor = newExecutor();
  }

  <T> T call(Callable<T> work) throws TimedOutException, ExecutionException, InterruptedException {
    if (limitMillis <= 0) {
      try {
        return work.call();
      } catch (Exception e) {
        throw new ExecutionException(e);
      }
    }
    Future<T> future = executor.submit(work);
    try {
      return future.get(limitMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      executor.shutdownNow();
      // A thread that ignores the interrupt is a daemon; it ends when its work does. Work goes on in a new one.
      executor = newExecutor();
      throw new TimedOutException("annotation took longer than " + limitMillis / 1000 + " s");
    }
  }

  private static ExecutorService newExecutor() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "newsnlp-annotate-" + THREADS.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
