package dev.newsnlp.annotate.quotes.sieves;

import dev.newsnlp.annotate.quotes.QuoteDocument;
import dev.newsnlp.annotate.quotes.Speaker;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The attribution in the sentence after a quote whose own period ended its sentence ("“… win.” Holm said."):
 * shared by {@link TrailingVerb} (a next sentence that opens with the speech verb) and {@link
 * AttributionSentence} (a short next sentence).
 *
 * @param speaker the speaker the next sentence opens with
 * @param opensWithVerb the next sentence opens with the speech verb ("“…?” asked Dunn, a partner at …")
 * @param isAttributionAlone the next sentence is short enough to be the attribution alone, or runs up to the
 *     next quote ("“…” Holm said, “…”")
 */
record NextSentence(Speaker speaker, boolean opensWithVerb, boolean isAttributionAlone) {
  /** "Holm said." or "said Holm, the mayor of Riverton." fit; a longer sentence says more than who spoke. */
  static final int MAX_ATTRIBUTION_TOKENS = 8;

  /** The next sentence's attribution for quote q, or null when there is none or the quote does not end a sentence. */
  static @Nullable NextSentence of(QuoteDocument doc, int q) {
    int last = doc.lastToken(q);
    QuoteDocument.Window after = doc.after(q);
    int start = after.end();
    if (!doc.onlyPunct(after.start(), start) || start >= doc.size()
        || start != doc.sentenceEnd(doc.sentenceOf(last)) || !doc.sameParagraph(last, start) || doc.inQuote(start)) {
      return null;
    }
    int s = doc.sentenceOf(start);
    int end = start;
    while (end < doc.size() && doc.sentenceOf(end) == s && !doc.inQuote(end)) {
      end++;
    }
    Speaker speaker = TrailingVerb.speakerAfter(doc, start, end, TrailingVerb.NAME);
    if (speaker == null) {
      return null;
    }
    int lead = start;
    while (lead < end && doc.isPunct(lead)) {
      lead++;
    }
    boolean verbFirst = lead < end && doc.grammar().isSpeechVerb(lead, false);
    boolean beforeQuote = end < doc.size() && doc.inQuote(end) && doc.isPunct(end - 1);
    return new NextSentence(speaker, verbFirst, end - start <= MAX_ATTRIBUTION_TOKENS || beforeQuote);
  }
}
