package dev.newsnlp.annotate.quotes.sieves;

import dev.newsnlp.annotate.quotes.Grammar;
import dev.newsnlp.annotate.quotes.NounPhrase;
import dev.newsnlp.annotate.quotes.QuoteDocument;
import dev.newsnlp.annotate.quotes.Speaker;
import dev.newsnlp.annotate.quotes.Speakers;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * {@code sentence_subject}: a quote inside a sentence with no speech verb takes the sentence's subject when it
 * is a name or a pronoun and a verb follows it before the quote ("Cruz urged Trump to “embrace” the plan").
 */
public final class SentenceSubject implements Sieve {
  public static final String NAME = "sentence_subject";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public @Nullable Speaker find(QuoteDocument doc, Speakers found, int q) {
    QuoteDocument.Window before = doc.before(q);
    if (before.end() <= before.start() || doc.followsQuoteInSentence(q)) {
      return null;
    }
    Grammar g = doc.grammar();
    NounPhrase np = doc.phrases().sentenceSubject(before.start(), before.end());
    if (np != null && (g.namedHead(np) || g.isPronoun(np.start())) && g.hasVerb(np.end(), before.end())) {
      return Speaker.of(np, NAME);
    }
    return null;
  }
}
