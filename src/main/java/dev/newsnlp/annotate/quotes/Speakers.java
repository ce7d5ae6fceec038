package dev.newsnlp.annotate.quotes;

import org.checkerframework.checker.nullness.qual.Nullable;

/** The speakers found so far, one slot a quote of the document: what later sieves build on. */
public final class Speakers {
  private final @Nullable Speaker[] byQuote;

  Speakers(int quotes) {
    byQuote = new Speaker[quotes];
  }

  public @Nullable Speaker of(int q) {
    return byQuote[q];
  }

  public boolean has(int q) {
    return byQuote[q] != null;
  }

  void set(int q, Speaker s) {
    byQuote[q] = s;
  }
}
