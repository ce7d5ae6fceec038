package dev.newsnlp.annotate;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A quotation: offsets into the annotated text with the quotation marks included, and its speaker.
 *
 * @param speaker the speaker as written next to the quote ("he", "Shoigu"); null when unknown
 * @param canonicalSpeaker the fullest name for the speaker in the document; null when unknown
 * @param speakerStart character offset of the written speaker, or -1
 * @param speakerEnd end offset of the written speaker (exclusive), or -1
 * @param speakerType entity type of the speaker (PERSON, ORGANIZATION, ...); null when unknown
 * @param attribution the rule (sieve) that found the speaker, or the quote annotator's name; null when none
 * @param speakerMentionIndex index, in the document's mention list, of the named mention the speaker is or was
 *     resolved to (a pronoun's antecedent); {@link #LINK_BY_OFFSETS} to link the mention that overlaps the
 *     written speaker instead; {@link #NO_MENTION} when the speaker is no named mention
 * @param speakerEntityId the speaker's entity id, when entities are resolved; else null
 * @param kind {@code speech} or {@code title_or_term} (a quoted title, name or term; it has no speaker)
 * @param speakerForm how the speaker is written: {@code person} or {@code organisation} (a name of that
 *     kind), {@code pronoun}, {@code description}; null when there is no speaker or the mode does not say
 */
public record QuoteSpan(
    int start,
    int end,
    String text,
    @Nullable String speaker,
    @Nullable String canonicalSpeaker,
    int speakerStart,
    int speakerEnd,
    int sentenceIndex,
    @Nullable String speakerType,
    @Nullable String attribution,
    int speakerMentionIndex,
    @Nullable String speakerEntityId,
    String kind,
    @Nullable String speakerForm) {

  public static final String SPEECH = "speech";
  public static final String TITLE_OR_TERM = "title_or_term";

  /** {@code speakerMentionIndex}: find the speaker's mention by the written speaker's offsets. */
  public static final int LINK_BY_OFFSETS = -1;
  /** {@code speakerMentionIndex}: the speaker is not a named mention ("a spokesman", an unresolved "he"). */
  public static final int NO_MENTION = -2;

  /** Quoted speech with no speaker form (CoreNLP's annotator, and callers that do not tell). */
  public QuoteSpan(int start, int end, String text, @Nullable String speaker, @Nullable String canonicalSpeaker,
      int speakerStart, int speakerEnd, int sentenceIndex, @Nullable String speakerType,
      @Nullable String attribution, int speakerMentionIndex, @Nullable String speakerEntityId) {
    this(start, end, text, speaker, canonicalSpeaker, speakerStart, speakerEnd, sentenceIndex, speakerType,
        attribution, speakerMentionIndex, speakerEntityId, SPEECH, null);
  }

  /** A quote with no speaker type, attribution rule, resolved mention or entity (CoreNLP's annotator). */
  public QuoteSpan(int start, int end, String text, @Nullable String speaker, @Nullable String canonicalSpeaker,
      int speakerStart, int speakerEnd, int sentenceIndex) {
    this(start, end, text, speaker, canonicalSpeaker, speakerStart, speakerEnd, sentenceIndex, null, null,
        LINK_BY_OFFSETS, null);
  }
}
