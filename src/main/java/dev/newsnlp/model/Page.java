package dev.newsnlp.model;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;

/** One page as read from a dump file, before cleaning. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class Page {
  public abstract String getDocId();

  /** Input file path. */
  public abstract String getSource();

  /** Index of the page inside its file. */
  public abstract long getRecordIndex();

  /** How the page was read: text, html, jsonl, warc. */
  public abstract String getFormat();

  public abstract @Nullable String getUrl();

  public abstract @Nullable String getTitle();

  public abstract @Nullable String getPublished();

  /** When the page was fetched (WARC-Date), ISO-8601; null when the input does not say. */
  public abstract @Nullable String getFetched();

  /**
   * Charset the bytes were decoded with. "windows-1252" on a page that declared nothing means its bytes were
   * not UTF-8 and were decoded by the usual legacy fallback.
   */
  public abstract String getCharset();

  /** The page's text, or its HTML source when {@link #isHtml()}. */
  public abstract String getContent();

  public abstract boolean isHtml();

  /** The page was larger than --maxPageBytes: {@link #getContent()} is its beginning, cut at a line or tag end. */
  public abstract boolean isTruncated();

  public static Page create(
      String docId,
      String source,
      long recordIndex,
      String format,
      @Nullable String url,
      @Nullable String title,
      @Nullable String published,
      @Nullable String fetched,
      String charset,
      String content,
      boolean html) {
    return create(docId, source, recordIndex, format, url, title, published, fetched, charset, content, html, false);
  }

  @SchemaCreate
  public static Page create(
      String docId,
      String source,
      long recordIndex,
      String format,
      @Nullable String url,
      @Nullable String title,
      @Nullable String published,
      @Nullable String fetched,
      String charset,
      String content,
      boolean html,
      boolean truncated) {
    return new AutoValue_Page(
        docId, source, recordIndex, format, url, title, published, fetched, charset, content, html, truncated);
  }
}
