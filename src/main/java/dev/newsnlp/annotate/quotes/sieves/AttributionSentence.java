package dev.newsnlp.annotate.quotes.sieves;

import dev.newsnlp.annotate.quotes.QuoteDocument;
import dev.newsnlp.annotate.quotes.Speaker;
import dev.newsnlp.annotate.quotes.Speakers;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * {@code trailing_verb}, second look: "“… win.” Holm said." — the period inside the quote split off the
 * attribution, and the next sentence is that attribution alone (short, or running up to the next quote).
 * Asked after {@link AccordingTo}: a speaker of the quote's own sentence comes first.
 */
public final class AttributionSentence implements Sieve {

  @Override
  public String name() {
    return TrailingVerb.NAME;
  }

  @Override
  public @Nullable Speaker find(QuoteDocument doc, Speakers found, int q) {
    NextSentence next = NextSentence.of(doc, q);
    return next != null && !next.opensWithVerb() && next.isAttributionAlone() ? next.speaker() : null;
  }
}
