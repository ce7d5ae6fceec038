package dev.newsnlp.annotate.quotes.sieves;

import dev.newsnlp.annotate.quotes.Grammar;
import dev.newsnlp.annotate.quotes.NounPhrase;
import dev.newsnlp.annotate.quotes.NounPhrases;
import dev.newsnlp.annotate.quotes.QuoteDocument;
import dev.newsnlp.annotate.quotes.Speaker;
import dev.newsnlp.annotate.quotes.Speakers;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * {@code trailing_verb}: the speaker and speech verb right after the quote ("“…,” Holm said", "“…,” said Holm",
 * "“…,” Holm, the mayor, told reporters", "“…,” a narrator in the ad asks", "“…,” as the memo put it"); also
 * the next sentence when the quote's own period ended the sentence and the next one opens with the verb
 * ("“…?” asked Dunn, a partner at the firm."). "“…,” according to X" right after the quote is found here too,
 * as {@code according_to}.
 */
public final class TrailingVerb implements Sieve {
  public static final String NAME = "trailing_verb";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public @Nullable Speaker find(QuoteDocument doc, Speakers found, int q) {
    QuoteDocument.Window after = doc.after(q);
    Speaker s = speakerAfter(doc, after.start(), after.end(), NAME);
    if (s != null) {
      return s;
    }
    NextSentence next = NextSentence.of(doc, q);
    return next != null && next.opensWithVerb() ? next.speaker() : null;
  }

  /**
   * An attribution at the start of the window [a0, a1): [punct] NP [adv] VERB | [punct] VERB NP | according
   * to NP; the speaker, found as {@code sieve}, or null.
   */
  public static @Nullable Speaker speakerAfter(QuoteDocument doc, int a0, int a1, String sieve) {
    Grammar g = doc.grammar();
    NounPhrases phrases = doc.phrases();
    int i = a0;
    while (i < a1 && doc.isPunct(i) && !doc.isWord(i, "(")) {
      i++;
    }
    if (i >= a1) {
      return null;
    }
    if (doc.isWord(i, "according") && i + 1 < a1 && doc.isWord(i + 1, "to")) {
      NounPhrase np = phrases.right(i + 2, a1, true);
      return np == null ? null : Speaker.of(np, AccordingTo.NAME);
    }
    if (doc.isWord(i, "as") && i + 1 < a1) {
      i++; // "…," as a Homeland Security memo put it
    }
    int v = g.skipAux(i, a1);
    if (v < a1 && g.isSpeechVerb(v, false)) {
      if (g.isParticiple(v)) {
        return null; // "…,” saying the city …": a participle of the sentence's subject
      }
      // "…,” said Smith" / "…,” says the report"
      NounPhrase np = phrases.right(g.skipAux(v + 1, a1), a1, false);
      return np == null ? null : Speaker.of(phrases.describedFully(np, a1), sieve);
    }
    NounPhrase np = phrases.right(i, a1, false);
    if (np == null) {
      return null;
    }
    int j = np.end();
    NounPhrase subject = np;
    if (j < a1 && doc.isWord(j, ",")) {
      // "…,” Smith, the mayor of Riverton, said"
      int k = phrases.nextComma(j + 1, a1, j);
      if (k < a1 && doc.isWord(k, ",")) {
        subject = phrases.chooseAppositive(subject, phrases.right(j + 1, k, true));
        j = k + 1;
      }
    } else if (j < a1 && doc.isWord(j, "(")) {
      while (j < a1 && !doc.isWord(j, ")")) {
        j++;
      }
      j++;
    }
    int verb = g.skipAux(j, a1);
    if (verb < a1 && g.isSpeechVerb(verb, false)) {
      // "…at “less advanced schools,” Trump said: “I don't …”": the colon points to the next quote
      return verb + 1 < a1 && doc.isWord(verb + 1, ":") ? null : Speaker.of(subject, sieve);
    }
    // "…,” a narrator in the Clinton ad asks.
    NounPhrase longer = phrases.right(i, a1, true);
    if (longer != null && longer.end() > np.end()) {
      verb = g.skipAux(longer.end(), a1);
      if (verb < a1 && g.isSpeechVerb(verb, false) && !g.isParticiple(verb)) {
        return Speaker.of(longer, sieve);
      }
    }
    return null;
  }
}
