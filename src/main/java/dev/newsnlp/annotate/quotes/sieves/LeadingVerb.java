package dev.newsnlp.annotate.quotes.sieves;

import dev.newsnlp.annotate.quotes.Grammar;
import dev.newsnlp.annotate.quotes.NounPhrase;
import dev.newsnlp.annotate.quotes.NounPhrases;
import dev.newsnlp.annotate.quotes.QuoteDocument;
import dev.newsnlp.annotate.quotes.Speaker;
import dev.newsnlp.annotate.quotes.Speakers;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * {@code leading_verb}: the speech verb nearest before the quote, in its sentence, with its subject ("Holm
 * said: “…”", "Holm told CNN that “…”", "Trump called the plan “a disaster”", "Said Holm: “…”"). When that verb
 * is embedded under a reporting verb proper ("Ruiz said the mayor was right to urge residents “…”"), the
 * reporting verb's named subject speaks.
 */
public final class LeadingVerb implements Sieve {
  public static final String NAME = "leading_verb";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public @Nullable Speaker find(QuoteDocument doc, Speakers found, int q) {
    QuoteDocument.Window before = doc.before(q);
    return speakerBefore(doc, before.start(), before.end());
  }

  /** The subject of the speech verb nearest the end of the window [b0, b1), as {@code leading_verb}. */
  static @Nullable Speaker speakerBefore(QuoteDocument doc, int b0, int b1) {
    Grammar g = doc.grammar();
    NounPhrases phrases = doc.phrases();
    for (int v = b1 - 1; v >= b0; v--) {
      if (!g.isSpeechVerb(v, true)) {
        continue;
      }
      NounPhrase np = phrases.subjectOf(b0, v, b1);
      if (np == null && doc.onlyPunct(b0, v)) {
        // "Said Smith: “…”"
        np = phrases.right(g.skipAux(v + 1, b1), b1, false);
        if (np != null && !(np.end() < b1 && (doc.isWord(np.end(), ":") || doc.isWord(np.end(), ",")))) {
          np = null;
        }
      }
      if (np != null) {
        NounPhrase outer = g.hasCoreSpeechLemma(v) ? null : governingSubject(doc, b0, v, b1);
        return Speaker.of(outer != null ? outer : np, NAME);
      }
    }
    return null;
  }

  /** The named or pronoun subject of the nearest reporting verb proper before the speech verb at v, if any. */
  private static @Nullable NounPhrase governingSubject(QuoteDocument doc, int b0, int v, int b1) {
    Grammar g = doc.grammar();
    for (int u = v - 1; u >= b0; u--) {
      if (doc.isWord(u, ",") && opensWithSubordinator(doc, b0)) {
        return null; // "When Clinton noted that …, Trump boasted, “…”": the when-clause governs nothing after it
      }
      if (g.isSpeechVerb(u, false) && g.hasCoreSpeechLemma(u)) {
        NounPhrase outer = doc.phrases().subjectOf(b0, u, b1);
        return outer != null && g.isNameOrPronoun(outer) ? outer : null;
      }
    }
    return null;
  }

  /** Whether the window opens with a subordinate clause ("When …,", "After …,", "As …,"). */
  private static boolean opensWithSubordinator(QuoteDocument doc, int b0) {
    int i = b0;
    while (i < doc.size() && doc.isPunct(i)) {
      i++;
    }
    return i < doc.size() && doc.grammar().isSubordinator(i);
  }
}
