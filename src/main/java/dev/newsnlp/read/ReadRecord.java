package dev.newsnlp.read;

/**
 * What a format reader yields for one record of a dump file: a page, a failure, or a record that is not a
 * page. Every kind carries the record's byte offset in the (decompressed) file, which is also the position
 * {@link ReadDumpFileFn} claims and resumes from.
 */
sealed interface ReadRecord permits PageRecord, FailedRecord, SkippedRecord {
  /** Byte offset of the record in the decompressed file; 0 for one-page files and whole-file failures. */
  long offset();
}
