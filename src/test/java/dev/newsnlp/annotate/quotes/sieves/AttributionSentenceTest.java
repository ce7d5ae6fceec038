package dev.newsnlp.annotate.quotes.sieves;

import static dev.newsnlp.annotate.quotes.QuoteFixtures.assertFound;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.doc;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.find;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.none;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.quote;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsnlp.annotate.quotes.QuoteDocument;
import org.junit.jupiter.api.Test;

/** {@link AttributionSentence}: the attribution split off by the period inside the quote. */
class AttributionSentenceTest {
  private final AttributionSentence sieve = new AttributionSentence();

  @Test
  void aShortSentenceAfterTheQuoteIsItsAttribution() {
    QuoteDocument d = doc("“We will win the vote in March.” Holm said.");
    int q = quote(d, "“We will");
    assertNull(new TrailingVerb().find(d, none(d), q), "the attribution is not in the quote's sentence");
    assertFound(d, sieve.find(d, none(d), q), "Holm", "trailing_verb");
  }

  @Test
  void aLongerSentenceSaysMoreThanWhoSpoke() {
    QuoteDocument d = doc("“We will win the vote in March.” Holm said that the council had met twice this week "
        + "and would meet again in the spring.");
    assertNull(find(sieve, d, "“We will"));
  }

  @Test
  void notAcrossParagraphs() {
    QuoteDocument d = doc("“We will win the vote in March.”\n\nHolm said.");
    assertNull(find(sieve, d, "“We will"));
  }
}
