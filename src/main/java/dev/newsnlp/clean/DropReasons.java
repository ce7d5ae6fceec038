package dev.newsnlp.clean;

/**
 * Codes for {@code documents.drop_reason}. They are part of the table contract: analysts group by them, so
 * codes are only ever added, never renamed. Detail may follow after a colon ("not_english:de").
 */
public final class DropReasons {
  /** The page had no text at all (empty or whitespace only). */
  public static final String EMPTY = "empty";
  /** After noise removal no article text was left. */
  public static final String NO_ARTICLE_TEXT = "no_article_text";
  /** Some prose was left, but too little for an article. */
  public static final String TOO_LITTLE_PROSE = "too_little_prose";
  /** The page is a section front, tag, search, listing or index page. */
  public static final String NOT_ARTICLE_LISTING = "not_article:listing";
  /** The page is an error page (404, access denied, ...). */
  public static final String NOT_ARTICLE_ERROR = "not_article:error_page";
  /** The page is a cookie or consent wall, or a login / paywall page. */
  public static final String NOT_ARTICLE_CONSENT = "not_article:consent_page";
  /** The article is not in English; detail is the ISO 639-1 code found. */
  public static final String NOT_ENGLISH = "not_english";
  /** The same cleaned text was already kept; detail is the kept doc_id. */
  public static final String DUPLICATE = "duplicate_of";
  /** A copy of a story (--dropNearDuplicates); detail is the story's doc_id, the copy that was kept. */
  public static final String NEAR_DUPLICATE = "near_duplicate_of";
  /** --skipSeen: the same cleaned text was annotated by an earlier run (status seen_before); detail is its doc_id. */
  public static final String SEEN_BEFORE = "seen_before";

  /** The code of a drop reason without its detail: "not_english:de" → "not_english". */
  public static String code(String reason) {
    int from = reason.startsWith("not_article:") ? "not_article:".length() : 0;
    int colon = reason.indexOf(':', from);
    return colon < 0 ? reason : reason.substring(0, colon);
  }

  private DropReasons() {}
}
