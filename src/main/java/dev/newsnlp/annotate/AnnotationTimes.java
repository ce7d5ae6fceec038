package dev.newsnlp.annotate;

import java.util.concurrent.atomic.AtomicLong;

/**
 * When this JVM finished annotating its first and its last page (epoch milliseconds, 0 before the first).
 * On the direct runner the workers are the launcher's JVM, so the launcher can tell how long the job took
 * before the first page and after the last one: its fixed cost (docs/PERFORMANCE.md).
 */
public final class AnnotationTimes {
  private static final AtomicLong FIRST = new AtomicLong();
  private static final AtomicLong LAST = new AtomicLong();

  static void pageDone() {
    long now = System.currentTimeMillis();
    FIRST.compareAndSet(0, now);
    LAST.accumulateAndGet(now, Math::max);
  }

  /** Forgets earlier runs of this JVM (the launcher calls it as a run starts). */
  public static void reset() {
    FIRST.set(0);
    LAST.set(0);
  }

  public static long firstMillis() {
    return FIRST.get();
  }

  public static long lastMillis() {
    return LAST.get();
  }

  private AnnotationTimes() {}
}
