package dev.newsnlp.annotate.quotes.sieves;

import static dev.newsnlp.annotate.quotes.QuoteFixtures.assertFound;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.doc;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.find;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.none;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.quote;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.with;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsnlp.annotate.quotes.QuoteDocument;
import org.junit.jupiter.api.Test;

/** {@link PreviousParagraph}: a paragraph opening with a quote continues the speaker of the one before. */
class PreviousParagraphTest {
  private final PreviousParagraph sieve = new PreviousParagraph();

  @Test
  void theLastQuoteOfTheParagraphBefore() {
    QuoteDocument d = doc("“The strike is over,” Tom Berg said.\n\n"
        + "“Nobody wanted this to last a month, least of all the drivers.”");
    var found = with(d, none(d), quote(d, "“The strike"), "Berg", "trailing_verb");
    assertFound(d, sieve.find(d, found, quote(d, "“Nobody")), "Berg", "previous_paragraph");
  }

  @Test
  void aSpeechClauseEndingTheParagraphBefore() {
    QuoteDocument d = doc("Tom Berg said the strike would end within days.\n\n"
        + "“Nobody wanted this to last a month, least of all the drivers.”");
    assertFound(d, find(sieve, d, "“Nobody"), "Tom Berg", "previous_paragraph");
  }

  @Test
  void notWhenTheLastQuoteBeforeHasNoSpeaker() {
    QuoteDocument d = doc("“The strike is over,” Tom Berg said. “We are tired of waiting for the council.”\n\n"
        + "“Nobody wanted this to last a month, least of all the drivers.”");
    var found = with(d, none(d), quote(d, "“The strike"), "Berg", "trailing_verb");
    assertNull(sieve.find(d, found, quote(d, "“Nobody")));
  }

  @Test
  void notWhenTheParagraphDoesNotOpenWithTheQuote() {
    QuoteDocument d = doc("“The strike is over,” Tom Berg said.\n\n"
        + "The drivers agreed. “Nobody wanted this to last a month, least of all the drivers.”");
    var found = with(d, none(d), quote(d, "“The strike"), "Berg", "trailing_verb");
    assertNull(sieve.find(d, found, quote(d, "“Nobody")));
  }
}
