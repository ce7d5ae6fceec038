package dev.newsnlp.annotate.quotes.sieves;

import dev.newsnlp.annotate.quotes.Grammar;
import dev.newsnlp.annotate.quotes.NounPhrase;
import dev.newsnlp.annotate.quotes.QuoteDocument;
import dev.newsnlp.annotate.quotes.QuoteWords;
import dev.newsnlp.annotate.quotes.Speaker;
import dev.newsnlp.annotate.quotes.Speakers;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * {@code possessive}: the quote is the content of a named owner's words, "Trump's claim that Obama “founded
 * ISIS”", "Lee's response was: “…”", "From Bush's Facebook post: “…”", "Hoff's letter makes the case: “…”": the
 * owner speaks. The speech noun ({@link QuoteWords#SPEECH_NOUNS}) comes shortly before the quote, joined to it by
 * "that", "was" or a colon.
 */
public final class Possessive implements Sieve {
  public static final String NAME = "possessive";
  /** Tokens between the speech noun and the quote ("that President Barack Obama"). */
  private static final int MAX_GAP = 10;
  /** Modifiers between the possessive and the noun ("Bush's Facebook post", "Sanders' fundraising email"). */
  private static final int MAX_MODIFIERS = 3;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public @Nullable Speaker find(QuoteDocument doc, Speakers found, int q) {
    QuoteDocument.Window before = doc.before(q);
    Grammar g = doc.grammar();
    int b0 = before.start();
    int b1 = before.end();
    for (int n = b1 - 1; n >= b0 && b1 - 1 - n <= MAX_GAP; n--) {
      if (g.isSpeechVerb(n, true)) {
        return null; // a speech verb nearer the quote is leading_verb's
      }
      if (isSpeechNoun(doc, n) && joins(doc, n + 1, b1)) {
        return owner(doc, b0, n);
      }
    }
    return null;
  }

  private static boolean isSpeechNoun(QuoteDocument doc, int n) {
    return doc.token(n).pos().startsWith("NN") && doc.token(n).ner().equals("O")
        && QuoteWords.SPEECH_NOUNS.contains(Grammar.stripPlural(doc.lower(n)));
  }

  /** Whether the words [from, to) join a speech noun to the quote at {@code to}: "that …", "was", ":". */
  private static boolean joins(QuoteDocument doc, int from, int to) {
    if (from == to || doc.isWord(to - 1, ":")) {
      return true;
    }
    return doc.isWord(from, "that") || doc.isWord(from, "was") || doc.isWord(from, "is")
        || doc.isWord(from, "were") || doc.isWord(from, "are");
  }

  /** The name before "'s" right before the noun at n (over a few modifiers), or null. */
  private static @Nullable Speaker owner(QuoteDocument doc, int b0, int n) {
    Grammar g = doc.grammar();
    for (int p = n - 1; p > b0 && n - 1 - p <= MAX_MODIFIERS; p--) {
      if (doc.token(p).pos().equals("POS")) {
        NounPhrase np = doc.phrases().left(b0, p - 1);
        return np != null && g.namedHead(np) ? Speaker.of(new NounPhrase(np.start(), p, p - 1), NAME) : null;
      }
      if (!g.isModifier(p) && !g.isNoun(p) && !doc.token(p).pos().equals("VBG")) {
        return null;
      }
    }
    return null;
  }
}
