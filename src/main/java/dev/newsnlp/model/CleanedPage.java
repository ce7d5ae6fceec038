package dev.newsnlp.model;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;

/** A page after cleaning: its article text and metadata, or the reason it was dropped. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class CleanedPage {
  public abstract String getDocId();

  public abstract String getSource();

  public abstract long getRecordIndex();

  public abstract String getFormat();

  public abstract @Nullable String getUrl();

  public abstract @Nullable String getSite();

  public abstract @Nullable String getTitle();

  public abstract @Nullable String getByline();

  public abstract @Nullable String getPublished();

  public abstract @Nullable String getFetched();

  public abstract String getCharset();

  public abstract @Nullable String getLanguage();

  /** Cleaned article text; empty when dropped. */
  public abstract String getText();

  /** Null when the page is kept for annotation. */
  public abstract @Nullable String getDropReason();

  public abstract int getCharsIn();

  /** The page was read only up to --maxPageBytes ({@link Page#isTruncated()}). */
  public abstract boolean isTruncated();

  public boolean kept() {
    return getDropReason() == null;
  }

  public static CleanedPage create(
      String docId,
      String source,
      long recordIndex,
      String format,
      @Nullable String url,
      @Nullable String site,
      @Nullable String title,
      @Nullable String byline,
      @Nullable String published,
      @Nullable String fetched,
      String charset,
      @Nullable String language,
      String text,
      @Nullable String dropReason,
      int charsIn) {
    return create(docId, source, recordIndex, format, url, site, title, byline, published, fetched, charset,
        language, text, dropReason, charsIn, false);
  }

  @SchemaCreate
  public static CleanedPage create(
      String docId,
      String source,
      long recordIndex,
      String format,
      @Nullable String url,
      @Nullable String site,
      @Nullable String title,
      @Nullable String byline,
      @Nullable String published,
      @Nullable String fetched,
      String charset,
      @Nullable String language,
      String text,
      @Nullable String dropReason,
      int charsIn,
      boolean truncated) {
    return new AutoValue_CleanedPage(
        docId, source, recordIndex, format, url, site, title, byline, published, fetched, charset,
        language, text, dropReason, charsIn, truncated);
  }

  /** A copy with a later drop decision (language, duplicate); the text is kept for the record. */
  public CleanedPage withDropReason(@Nullable String dropReason) {
    return create(
        getDocId(), getSource(), getRecordIndex(), getFormat(), getUrl(), getSite(), getTitle(),
        getByline(), getPublished(), getFetched(), getCharset(), getLanguage(), getText(), dropReason, getCharsIn(),
        isTruncated());
  }

  public CleanedPage withLanguage(@Nullable String language) {
    return create(
        getDocId(), getSource(), getRecordIndex(), getFormat(), getUrl(), getSite(), getTitle(),
        getByline(), getPublished(), getFetched(), getCharset(), language, getText(), getDropReason(),
        getCharsIn(), isTruncated());
  }
}
