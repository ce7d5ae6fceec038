package dev.newsnlp.model;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * How a cleaned page ended: kept and annotated, dropped by the cleaner, or failed in annotation. The stages
 * only decide the fate; its {@code documents} row is built from it in one place ({@link DocumentRows}).
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class PageFate {
  public abstract CleanedPage getPage();

  /** {@link DocumentsTable#STATUS_KEPT}, {@link DocumentsTable#STATUS_DROPPED} or {@link DocumentsTable#STATUS_FAILED}. */
  public abstract String getStatus();

  /** The drop reason, or the failure's error code; null when kept. */
  public abstract @Nullable String getReason();

  /** Characters CoreNLP saw: less than the text when it was cut at --maxAnnotateChars; 0 unless kept. */
  public abstract int getCharsAnnotated();

  public abstract int getMentionCount();

  public abstract int getQuoteCount();

  @SchemaCreate
  public static PageFate create(CleanedPage page, String status, @Nullable String reason, int charsAnnotated,
      int mentionCount, int quoteCount) {
    return new AutoValue_PageFate(page, status, reason, charsAnnotated, mentionCount, quoteCount);
  }

  /** A page the cleaner dropped (not an article, another language, a duplicate...), with its reason. */
  public static PageFate dropped(CleanedPage page) {
    // A page an earlier run annotated (--skipSeen) is not dropped: it has its own status.
    String status = page.getDropReason().startsWith(DocumentsTable.STATUS_SEEN_BEFORE + ":")
        ? DocumentsTable.STATUS_SEEN_BEFORE : DocumentsTable.STATUS_DROPPED;
    return create(page, status, page.getDropReason(), 0, 0, 0);
  }

  public static PageFate annotated(CleanedPage page, int charsAnnotated, int mentionCount, int quoteCount) {
    return create(page, DocumentsTable.STATUS_KEPT, null, charsAnnotated, mentionCount, quoteCount);
  }

  /** A kept page whose annotation failed; {@code error} is the code of its failures row. */
  public static PageFate failed(CleanedPage page, String error) {
    return create(page, DocumentsTable.STATUS_FAILED, error, 0, 0, 0);
  }

  public boolean kept() {
    return DocumentsTable.STATUS_KEPT.equals(getStatus());
  }
}
