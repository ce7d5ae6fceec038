package dev.newsnlp.annotate.quotes.sieves;

import dev.newsnlp.annotate.quotes.NounPhrase;
import dev.newsnlp.annotate.quotes.QuoteDocument;
import dev.newsnlp.annotate.quotes.Speaker;
import org.checkerframework.checker.nullness.qual.Nullable;

/** A speech clause away from the quote, as the sieves that look into other sentences need it. */
final class SpeechClause {

  /**
   * The first speech verb of [from, to) whose subject is a name or a pronoun: that subject, as {@code sieve}.
   * Weak speech verbs do not count here, away from the quote.
   */
  static @Nullable Speaker named(QuoteDocument doc, int from, int to, String sieve) {
    for (int v = from; v < to; v++) {
      if (doc.grammar().isSpeechVerb(v, false)) {
        NounPhrase np = doc.phrases().subjectOf(from, v, to);
        if (np != null && doc.grammar().isNameOrPronoun(np)) {
          return Speaker.of(np, sieve);
        }
      }
    }
    return null;
  }

  private SpeechClause() {}
}
