package dev.newsnlp.annotate.quotes.sieves;

import static dev.newsnlp.annotate.quotes.QuoteFixtures.assertFound;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.doc;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.none;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.quote;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.with;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsnlp.annotate.quotes.QuoteDocument;
import org.junit.jupiter.api.Test;

/** {@link SameParagraph}: another quote of the paragraph has a speaker. */
class SameParagraphTest {
  private final SameParagraph sieve = new SameParagraph();

  @Test
  void aQuoteAfterAnAttributedOne() {
    QuoteDocument d = doc("“The strike is over,” Tom Berg said. “Our members return to work on Monday.”");
    var found = with(d, none(d), quote(d, "“The strike"), "Berg", "trailing_verb");
    assertFound(d, sieve.find(d, found, quote(d, "“Our members")), "Berg", "same_paragraph");
  }

  @Test
  void aQuoteBeforeAnAttributedOne() {
    QuoteDocument d = doc("“The strike is over.” “Our members return to work on Monday,” Tom Berg said.");
    var found = with(d, none(d), quote(d, "“Our members"), "Berg", "trailing_verb");
    assertFound(d, sieve.find(d, found, quote(d, "“The strike")), "Berg", "same_paragraph");
  }

  @Test
  void aSpeakerPassedOnIsNotPassedAgain() {
    QuoteDocument d = doc("“The strike is over,” Tom Berg said. “Our members return to work on Monday.”");
    var found = with(d, none(d), quote(d, "“The strike"), "Berg", "same_paragraph");
    assertNull(sieve.find(d, found, quote(d, "“Our members")));
  }

  @Test
  void notAcrossParagraphs() {
    QuoteDocument d = doc("“The strike is over,” Tom Berg said.\n\n“Our members return to work on Monday.”");
    var found = with(d, none(d), quote(d, "“The strike"), "Berg", "trailing_verb");
    assertNull(sieve.find(d, found, quote(d, "“Our members")));
  }
}
