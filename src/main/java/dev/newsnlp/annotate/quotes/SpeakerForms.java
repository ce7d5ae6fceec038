package dev.newsnlp.annotate.quotes;

import java.util.Locale;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The {@code speaker_form} column: how a speaker is written, which says why a speaker has or lacks a canonical
 * name. {@code person} and {@code organisation} are names (of a person; of anything else that speaks: a
 * company, ministry, country, newspaper); {@code pronoun} ("he", "it") and {@code description} ("the
 * ministry", "a spokesman") have a canonical name only when resolved to a named entity of the document.
 */
public final class SpeakerForms {
  public static final String PERSON = "person";
  public static final String ORGANISATION = "organisation";
  public static final String PRONOUN = "pronoun";
  public static final String DESCRIPTION = "description";

  /**
   * The form of a speaker found by another attributor (CoreNLP's): a pronoun by its word, a name by the type
   * of the mention it is linked to, else a description. Null when there is no speaker.
   */
  public static @Nullable String of(@Nullable String written, @Nullable String mentionType) {
    if (written == null) {
      return null;
    }
    if (QuoteWords.PRONOUNS.contains(written.strip().toLowerCase(Locale.ROOT))) {
      return PRONOUN;
    }
    if (mentionType == null) {
      return DESCRIPTION;
    }
    return mentionType.equals("PERSON") ? PERSON : ORGANISATION;
  }

  private SpeakerForms() {}
}
