package dev.newsnlp.model;

import static dev.newsnlp.model.DocumentsTable.*;

import org.apache.beam.sdk.values.Row;

/** Builds {@code documents} rows: the only place one is built, whatever the page's fate. */
public final class DocumentRows {

  /** The final row of a page. */
  public static Row of(PageFate fate) {
    CleanedPage page = fate.getPage();
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
        .withFieldValue(KEPT, fate.kept())
        .withFieldValue(STATUS, fate.getStatus())
        .withFieldValue(DROP_REASON, fate.getReason())
        .withFieldValue(CHARS_IN, page.getCharsIn())
        .withFieldValue(CHARS_KEPT, page.getText().length())
        .withFieldValue(CHARS_ANNOTATED, fate.getCharsAnnotated())
        .withFieldValue(TRUNCATED,
            page.isTruncated() || (fate.kept() && fate.getCharsAnnotated() < page.getText().length()))
        .withFieldValue(MENTION_COUNT, fate.getMentionCount())
        .withFieldValue(QUOTE_COUNT, fate.getQuoteCount())
        .withFieldValue(PUBLISHED_TS, PublishedTimes.utc(page.getPublished()))
        .build();
  }

  /** The row with its story (story_id, story_size). */
  public static Row withStory(Row document, String storyId, long storySize) {
    return Row.fromRow(document).withFieldValue(STORY_ID, storyId).withFieldValue(STORY_SIZE, storySize).build();
  }

  private DocumentRows() {}
}
