package dev.newsnlp.annotate;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A quotation: offsets into the annotated text with the quotation marks included, and its speaker.
 *
 * @param speaker the speaker as written next to the quote ("he", "Shoigu"); null when unknown
 * @param canonicalSpeaker the fullest name for the speaker in the document; null when unknown
 * @param speakerStart character offset of the written speaker, or -1
 * @param speakerEnd end offset of the written speaker (exclusive), or -1
 */
public record QuoteSpan(
    int start,
    int end,
    String text,
    @Nullable String speaker,
    @Nullable String canonicalSpeaker,
    int speakerStart,
    int speakerEnd,
    int sentenceIndex) {}
