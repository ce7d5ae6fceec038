package dev.newsnlp.clean;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What the cleaner keeps of one page.
 *
 * <p>{@code text} is the article as plain text: the title line, then byline and date lines when the page
 * shows them, then the body paragraphs, blocks separated by a blank line. It is what NLP offsets index.
 *
 * @param text cleaned article text; empty when the page is dropped
 * @param title headline, when found
 * @param byline author line as written ("By Jane Doe"), when found
 * @param published ISO-8601 date or date-time of publication, when found
 * @param dropReason null when the page is an article; else a {@link DropReasons} code, optionally followed
 *     by ":" and detail
 */
public record CleanResult(
    String text,
    @Nullable String title,
    @Nullable String byline,
    @Nullable String published,
    @Nullable String dropReason) {

  public boolean kept() {
    return dropReason == null;
  }

  public static CleanResult dropped(String reason) {
    return new CleanResult("", null, null, null, reason);
  }
}
