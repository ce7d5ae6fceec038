package dev.newsnlp.read;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Readers left open at a checkpoint, keyed by file and resume offset, so the resumed restriction continues
 * where the reader stopped instead of reopening (and, for compressed files, decompressing again from the
 * start). JVM-wide, because the resume may run on another thread or DoFn instance. Bounded: the oldest
 * entries are closed when too many files are open; a missing entry only costs a reopen.
 */
final class OpenReaders {
  private static final int MAX_OPEN = 64;
  private static final long MAX_IDLE_NANOS = 10L * 60 * 1_000_000_000L;
  private static final Map<String, Open> OPEN = new ConcurrentHashMap<>();

  /** An open record iterator and the record it read but could not claim. */
  static final class Open {
    final RecordReader records;
    @Nullable ReadRecord pending;
    /** The content was compressed without saying so in its name. */
    boolean compressedInside;
    long parkedAt;

    Open(RecordReader records) {
      this.records = records;
    }

    void closeQuietly() {
      try {
        records.close();
      } catch (IOException e) {
        // nothing more to read from it anyway
      }
    }
  }

  static @Nullable Open take(String source, long offset) {
    return OPEN.remove(source + "@" + offset);
  }

  static void put(String source, long offset, Open open) {
    open.parkedAt = System.nanoTime();
    evictStale();
    OPEN.put(source + "@" + offset, open);
  }

  private static void evictStale() {
    long now = System.nanoTime();
    Iterator<Map.Entry<String, Open>> it = OPEN.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<String, Open> e = it.next();
      if (now - e.getValue().parkedAt > MAX_IDLE_NANOS || OPEN.size() > MAX_OPEN) {
        it.remove();
        e.getValue().closeQuietly();
      }
    }
  }

  private OpenReaders() {}
}
