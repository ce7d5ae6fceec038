package dev.newsnlp.annotate.quotes.sieves;

import dev.newsnlp.annotate.quotes.NounPhrase;
import dev.newsnlp.annotate.quotes.QuoteDocument;
import dev.newsnlp.annotate.quotes.Speaker;
import dev.newsnlp.annotate.quotes.Speakers;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * {@code trailing_clause}: a speech clause (subject and speech verb) later in the quote's sentence, not right
 * after the quote ("“Enough” was the word on every sign, Holm said"); other quotes in between are skipped.
 */
public final class TrailingClause implements Sieve {
  public static final String NAME = "trailing_clause";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public @Nullable Speaker find(QuoteDocument doc, Speakers found, int q) {
    int from = doc.after(q).start();
    int to = doc.sentenceEnd(doc.sentenceOf(doc.lastToken(q)));
    for (int v = from; v < to; v++) {
      if (!doc.inQuote(v) && doc.grammar().isSpeechVerb(v, true)) {
        NounPhrase np = doc.phrases().subjectOf(from, v, to);
        if (np != null) {
          return Speaker.of(np, NAME);
        }
      }
    }
    return null;
  }
}
