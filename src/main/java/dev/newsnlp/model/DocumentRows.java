package dev.newsnlp.model;

import static dev.newsnlp.model.DocumentsTable.*;

import org.apache.beam.sdk.values.Row;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Builds {@code documents} rows. */
public final class DocumentRows {

  /**
   * The final row of a page: {@code status} is kept, dropped or failed; {@code charsAnnotated} is how much of
   * its text CoreNLP saw (less than all of it when the article was cut at --maxAnnotateChars).
   */
  public static Row of(CleanedPage page, String status, @Nullable String dropReason, int charsAnnotated,
      int mentionCount, int quoteCount) {
    return Row.withSchema(SCHEMA)
        .withFieldValue(DOC_ID, page.getDocId())
        .withFieldValue(SOURCE, page.getSource())
        .withFieldValue(RECORD_INDEX, page.getRecordIndex())
        .withFieldValue(FORMAT, page.getFormat())
        .withFieldValue(URL, page.getUrl())
        .withFieldValue(SITE, page.getSite())
        .withFieldValue(TITLE, page.getTitle())
        .withFieldValue(BYLINE, page.getByline())
        .withFieldValue(PUBLISHED, page.getPublished())
        .withFieldValue(FETCHED, page.getFetched())
        .withFieldValue(CHARSET, page.getCharset())
        .withFieldValue(LANGUAGE, page.getLanguage())
        .withFieldValue(TEXT, page.getText())
        .withFieldValue(KEPT, STATUS_KEPT.equals(status))
        .withFieldValue(STATUS, status)
        .withFieldValue(DROP_REASON, dropReason)
        .withFieldValue(CHARS_IN, page.getCharsIn())
        .withFieldValue(CHARS_KEPT, page.getText().length())
        .withFieldValue(CHARS_ANNOTATED, charsAnnotated)
        .withFieldValue(TRUNCATED, STATUS_KEPT.equals(status) && charsAnnotated < page.getText().length())
        .withFieldValue(MENTION_COUNT, mentionCount)
        .withFieldValue(QUOTE_COUNT, quoteCount)
        .build();
  }

  private DocumentRows() {}
}
