package dev.newsnlp.read;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A record that could not be read, or, with {@code wholeFile}, a file that holds no records at all (empty,
 * binary). {@code error} and {@code message} become the failures row's columns.
 */
record FailedRecord(long offset, @Nullable String docId, String error, String message, boolean wholeFile)
    implements ReadRecord {
  static FailedRecord ofRecord(long offset, @Nullable String docId, String error, String message) {
    return new FailedRecord(offset, docId, error, message, false);
  }

  static FailedRecord ofFile(String error, String message) {
    return new FailedRecord(0, null, error, message, true);
  }

  /** The failures row's record_index: null when the whole file failed. */
  @Nullable Long recordIndex() {
    return wholeFile ? null : offset;
  }
}
