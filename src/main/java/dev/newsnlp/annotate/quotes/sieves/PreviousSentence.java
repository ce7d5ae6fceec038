package dev.newsnlp.annotate.quotes.sieves;

import dev.newsnlp.annotate.quotes.QuoteDocument;
import dev.newsnlp.annotate.quotes.Speaker;
import dev.newsnlp.annotate.quotes.Speakers;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * {@code previous_sentence}: a quote opening its sentence takes the speaker of the sentence before, in the same
 * paragraph and with no quote of its own, when that sentence is a speech clause with a named or pronoun
 * subject ("Cruz tweeted a warning. “Missouri: …”").
 */
public final class PreviousSentence implements Sieve {
  public static final String NAME = "previous_sentence";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public @Nullable Speaker find(QuoteDocument doc, Speakers found, int q) {
    int first = doc.firstToken(q);
    int s = doc.sentenceOf(first);
    if (!doc.onlyPunct(doc.sentenceStart(s), first)) {
      return null;
    }
    if (s == 0 || !doc.sameParagraph(doc.sentenceStart(s - 1), first)) {
      return null;
    }
    int from = doc.sentenceStart(s - 1);
    int to = doc.sentenceEnd(s - 1);
    for (int i = from; i < to; i++) {
      if (doc.inQuote(i)) {
        return null;
      }
    }
    return SpeechClause.named(doc, from, to, NAME);
  }
}
