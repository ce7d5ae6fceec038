package dev.newsnlp.annotate.quotes.sieves;

import dev.newsnlp.annotate.quotes.QuoteDocument;
import dev.newsnlp.annotate.quotes.Speaker;
import dev.newsnlp.annotate.quotes.Speakers;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One documented rule of quote attribution (docs/QUOTES.md, "Sieves"). The attributor asks the sieves in
 * order about each quote still without a speaker; the first that finds one wins.
 */
public interface Sieve {

  /** The sieve's name as documented; the {@code attribution} column of the speakers it finds. */
  String name();

  /**
   * The speaker of quote q, or null when this sieve does not apply.
   *
   * @param found the speakers found so far (by earlier sieves, and by this one for earlier quotes)
   */
  @Nullable Speaker find(QuoteDocument doc, Speakers found, int q);
}
