package dev.newsnlp.annotate.quotes.sieves;

import dev.newsnlp.annotate.quotes.QuoteDocument;
import dev.newsnlp.annotate.quotes.Speaker;
import dev.newsnlp.annotate.quotes.Speakers;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * {@code multi_paragraph}: a part of a quote that runs over several paragraphs takes the speaker of another
 * part: the nearest earlier part with one, else the nearest later part whose speaker was found in its own
 * paragraph (not itself passed on).
 */
public final class MultiParagraph implements Sieve {
  public static final String NAME = "multi_paragraph";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public @Nullable Speaker find(QuoteDocument doc, Speakers found, int q) {
    int group = doc.quotes().get(q).group();
    for (int r = q - 1; r >= 0 && doc.quotes().get(r).group() == group; r--) {
      Speaker s = found.of(r);
      if (s != null) {
        return s.as(NAME);
      }
    }
    for (int r = q + 1; r < doc.quotes().size() && doc.quotes().get(r).group() == group; r++) {
      Speaker s = found.of(r);
      if (s != null && !s.sieve().equals(NAME)) {
        return s.as(NAME);
      }
    }
    return null;
  }
}
