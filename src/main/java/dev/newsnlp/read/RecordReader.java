package dev.newsnlp.read;

import java.io.Closeable;
import java.io.IOException;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Pulls one dump file's records one at a time, so memory is bounded by one record whatever the file's size.
 * A bad record is returned as a {@link FailedRecord} and reading goes on; only an I/O error that ends the
 * stream (a truncated archive) is thrown, after every record before it was returned.
 */
interface RecordReader extends Closeable {
  /** The next record, or null at the end of the file. */
  @Nullable ReadRecord next() throws IOException;

  /** A reader that yields {@code record} once (nothing when null), for files that are one record or none. */
  static RecordReader of(@Nullable ReadRecord record) {
    return new RecordReader() {
      private boolean done = record == null;

      @Override
      public @Nullable ReadRecord next() {
        if (done) {
          return null;
        }
        done = true;
        return record;
      }

      @Override
      public void close() {}
    };
  }
}
