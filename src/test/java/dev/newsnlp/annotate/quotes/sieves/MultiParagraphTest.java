package dev.newsnlp.annotate.quotes.sieves;

import static dev.newsnlp.annotate.quotes.QuoteFixtures.assertFound;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.doc;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.none;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.quote;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.with;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsnlp.annotate.quotes.QuoteDocument;
import org.junit.jupiter.api.Test;

/** {@link MultiParagraph}: the parts of a quote that runs over paragraphs share a speaker. */
class MultiParagraphTest {
  private static final String TEXT = "“The council has ignored us for years,” said resident Omar Haddad. “Every "
      + "winter the road floods and nobody comes to fix it.\n\n"
      + "“This year we will not stay quiet, and we will go to every meeting.”";

  private final MultiParagraph sieve = new MultiParagraph();

  @Test
  void aLaterPartTakesTheSpeakerOfAnEarlierOne() {
    QuoteDocument d = doc(TEXT);
    var found = with(d, none(d), quote(d, "“Every"), "Haddad", "same_paragraph");
    assertFound(d, sieve.find(d, found, quote(d, "“This year")), "Haddad", "multi_paragraph");
  }

  @Test
  void anEarlierPartTakesTheSpeakerOfALaterOne() {
    QuoteDocument d = doc(TEXT);
    var found = with(d, none(d), quote(d, "“This year"), "Haddad", "previous_paragraph");
    assertFound(d, sieve.find(d, found, quote(d, "“Every")), "Haddad", "multi_paragraph");
  }

  @Test
  void aSpeakerPassedOnIsNotPassedBack() {
    QuoteDocument d = doc(TEXT);
    var found = with(d, none(d), quote(d, "“This year"), "Haddad", "multi_paragraph");
    assertNull(sieve.find(d, found, quote(d, "“Every")));
  }

  @Test
  void aQuoteOfItsOwnIsNotPartOfAnother() {
    QuoteDocument d = doc(TEXT);
    var found = with(d, none(d), quote(d, "“Every"), "Haddad", "same_paragraph");
    assertNull(sieve.find(d, found, quote(d, "“The council")));
  }
}
