package dev.newsnlp.annotate.quotes.sieves;

import dev.newsnlp.annotate.quotes.NounPhrase;
import dev.newsnlp.annotate.quotes.QuoteDocument;
import dev.newsnlp.annotate.quotes.Speaker;
import dev.newsnlp.annotate.quotes.Speakers;
import org.checkerframework.checker.nullness.qual.Nullable;

/** {@code according_to}: "according to X" in the quote's sentence, before the quote first, then after it. */
public final class AccordingTo implements Sieve {
  public static final String NAME = "according_to";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public @Nullable Speaker find(QuoteDocument doc, Speakers found, int q) {
    Speaker s = in(doc, doc.before(q));
    return s != null ? s : in(doc, doc.after(q));
  }

  private static @Nullable Speaker in(QuoteDocument doc, QuoteDocument.Window w) {
    for (int i = w.start(); i + 1 < w.end(); i++) {
      if (doc.isWord(i, "according") && doc.isWord(i + 1, "to")) {
        NounPhrase np = doc.phrases().right(i + 2, w.end(), true);
        if (np != null) {
          return Speaker.of(np, NAME);
        }
      }
    }
    return null;
  }
}
