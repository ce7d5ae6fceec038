package dev.newsnlp.annotate;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A named-entity mention: character offsets into the annotated text (end exclusive), CoreNLP's type and the
 * probability of that label.
 */
public record MentionSpan(
    int start, int end, String text, String type, @Nullable Double confidence, int sentenceIndex) {}
