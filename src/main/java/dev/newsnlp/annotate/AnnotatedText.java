package dev.newsnlp.annotate;

import java.util.List;

/** What annotation found in one text, mentions and quotes in text order. */
public record AnnotatedText(List<MentionSpan> mentions, List<QuoteSpan> quotes, int tokens, int sentences) {}
