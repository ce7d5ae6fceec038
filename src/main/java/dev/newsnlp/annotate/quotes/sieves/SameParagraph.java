package dev.newsnlp.annotate.quotes.sieves;

import dev.newsnlp.annotate.quotes.QuoteDocument;
import dev.newsnlp.annotate.quotes.Speaker;
import dev.newsnlp.annotate.quotes.Speakers;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * {@code same_paragraph}: another quote of the paragraph has a speaker ("“A,” he said. “B.”"): the nearest
 * earlier one, else the nearest later one. Only speakers found by other sieves are passed on, so the result
 * does not depend on the order the paragraph's quotes are asked in.
 */
public final class SameParagraph implements Sieve {
  public static final String NAME = "same_paragraph";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public @Nullable Speaker find(QuoteDocument doc, Speakers found, int q) {
    List<Integer> inParagraph = doc.quotesIn(doc.quotes().get(q).paragraph());
    int idx = inParagraph.indexOf(q);
    for (int k = idx - 1; k >= 0; k--) {
      Speaker s = passedOn(found, inParagraph.get(k));
      if (s != null) {
        return s;
      }
    }
    for (int k = idx + 1; k < inParagraph.size(); k++) {
      Speaker s = passedOn(found, inParagraph.get(k));
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  private static @Nullable Speaker passedOn(Speakers found, int r) {
    Speaker s = found.of(r);
    return s != null && !s.sieve().equals(NAME) ? s.as(NAME) : null;
  }
}
