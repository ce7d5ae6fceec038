package dev.newsnlp.errors;

import dev.newsnlp.model.FailuresTable;
import dev.newsnlp.model.NamedRow;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Dead letters. Each stage's DoFn emits a {@code failures} row on {@link #TAG} for a record it cannot
 * process, and goes on with the next one. Rows (not Beam's generic BadRecord) because the table needs the
 * record's source, index and stage as typed columns that analysts can join back to {@code documents}.
 */
public final class Failures {
  public static final TupleTag<Row> TAG = new TupleTag<Row>("failures") {};

  /** Longest message kept: a failure row must stay small even when the exception text is huge. */
  static final int MAX_MESSAGE_CHARS = 2_000;

  public static Row row(
      String source,
      @Nullable Long recordIndex,
      @Nullable String docId,
      String stage,
      String error,
      @Nullable String message) {
    String text = message == null ? "" : message;
    if (text.length() > MAX_MESSAGE_CHARS) {
      text = text.substring(0, MAX_MESSAGE_CHARS) + "...";
    }
    return NamedRow.of(FailuresTable.SCHEMA)
        .set(FailuresTable.SOURCE, source)
        .set(FailuresTable.RECORD_INDEX, recordIndex)
        .set(FailuresTable.DOC_ID, docId)
        .set(FailuresTable.STAGE, stage)
        .set(FailuresTable.ERROR, error)
        .set(FailuresTable.MESSAGE, text)
        .build();
  }

  /** A row for an unexpected exception: the error is the exception's class, the message its text. */
  public static Row fromException(
      String source, @Nullable Long recordIndex, @Nullable String docId, String stage, Throwable e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    return row(source, recordIndex, docId, stage, e.getClass().getSimpleName(), message);
  }

  private Failures() {}
}
