package dev.newsnlp.annotate.quotes.sieves;

import dev.newsnlp.annotate.quotes.QuoteDocument;
import dev.newsnlp.annotate.quotes.Speaker;
import dev.newsnlp.annotate.quotes.Speakers;
import org.checkerframework.checker.nullness.qual.Nullable;

/** {@code split_quote}: the attribution between two parts of a quote ("“A,” he said, “B.”") gives B its speaker. */
public final class SplitQuote implements Sieve {
  public static final String NAME = "split_quote";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public @Nullable Speaker find(QuoteDocument doc, Speakers found, int q) {
    if (!doc.followsQuoteInSentence(q)) {
      return null;
    }
    QuoteDocument.Window between = doc.before(q);
    Speaker s = TrailingVerb.speakerAfter(doc, between.start(), between.end(), NAME);
    return s == null ? null : s.as(NAME);
  }
}
