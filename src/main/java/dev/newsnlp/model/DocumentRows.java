package dev.newsnlp.model;

import static dev.newsnlp.model.DocumentsTable.*;

import org.apache.beam.sdk.values.Row;

/** Builds {@code documents} rows: the only place one is built, whatever the page's fate. */
public final class DocumentRows {

  /** The final row of a page. */
  public static Row of(PageFate fate) {
    CleanedPage page = fate.getPage();
    return NamedRow.of(SCHEMA)
        .set(DOC_ID, page.getDocId())
        .set(SOURCE, page.getSource())
        .set(RECORD_INDEX, page.getRecordIndex())
        .set(FORMAT, page.getFormat())
        .set(URL, page.getUrl())
        .set(SITE, page.getSite())
        .set(TITLE, page.getTitle())
        .set(BYLINE, page.getByline())
        .set(PUBLISHED, page.getPublished())
        .set(FETCHED, page.getFetched())
        .set(CHARSET, page.getCharset())
        .set(LANGUAGE, page.getLanguage())
        .set(TEXT, page.getText())
        .set(KEPT, fate.kept())
        .set(STATUS, fate.getStatus())
        .set(DROP_REASON, fate.getReason())
        .set(CHARS_IN, page.getCharsIn())
        .set(CHARS_KEPT, page.getText().length())
        .set(CHARS_ANNOTATED, fate.getCharsAnnotated())
        .set(TRUNCATED,
            page.isTruncated() || (fate.kept() && fate.getCharsAnnotated() < page.getText().length()))
        .set(MENTION_COUNT, fate.getMentionCount())
        .set(QUOTE_COUNT, fate.getQuoteCount())
        .set(PUBLISHED_TS, PublishedTimes.utc(page.getPublished()))
        .build();
  }

  /** The row with its story (story_id, story_size). */
  public static Row withStory(Row document, String storyId, long storySize) {
    return NamedRow.from(document).set(STORY_ID, storyId).set(STORY_SIZE, storySize).build();
  }

  private DocumentRows() {}
}
