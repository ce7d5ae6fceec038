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
    @Nullable String speakerEntityId) {

  /** {@code speakerMentionIndex}: find the speaker's mention by the written speaker's offsets. */
  public static final int LINK_BY_OFFSETS = -1;
  /** {@code speakerMentionIndex}: the speaker is not a named mention ("a spokesman", an unresolved "he"). */
  public static final int NO_MENTION = -2;

  /** A quote with no speaker type, attribution rule, resolved mention or entity (CoreNLP's annotator). */
  public QuoteSpan(int start, int end, String text, @Nullable String speaker, @Nullable String canonicalSpeaker,
      int speakerStart, int speakerEnd, int sentenceIndex) {
    this(start, end, text, speaker, canonicalSpeaker, speakerStart, speakerEnd, sentenceIndex, null, null,
        LINK_BY_OFFSETS, null);
  }
}
