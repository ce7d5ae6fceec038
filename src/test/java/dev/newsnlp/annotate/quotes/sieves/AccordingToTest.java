package dev.newsnlp.annotate.quotes.sieves;

import static dev.newsnlp.annotate.quotes.QuoteFixtures.assertFound;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.doc;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.find;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsnlp.annotate.quotes.QuoteDocument;
import org.junit.jupiter.api.Test;

/** {@link AccordingTo}: "according to X" before or after the quote. */
class AccordingToTest {
  private final AccordingTo sieve = new AccordingTo();

  @Test
  void beforeTheQuote() {
    QuoteDocument d = doc("According to the Northfield Water Authority, the dam “could fail within a year.”");
    assertFound(d, find(sieve, d, "“could fail"), "the Northfield Water Authority", "according_to");
  }

  @Test
  void laterInTheSentenceWithItsAttachedPhrase() {
    QuoteDocument d = doc("The dam is “in urgent need of repair” this year according to a report by the "
        + "Northfield Water Authority.");
    assertFound(d, find(sieve, d, "“in urgent"), "a report by the Northfield Water Authority", "according_to");
  }

  @Test
  void noAccordingTo() {
    QuoteDocument d = doc("The dam is “in urgent need of repair” and everyone in the town knows it.");
    assertNull(find(sieve, d, "“in urgent"));
  }

  @Test
  void whoFiledOrObtainedTheDocumentIsPartOfTheSource() {
    QuoteDocument d = doc("The mill owners ran “a scheme to hide the losses,” according to a complaint filed by "
        + "the Northfield Water Authority.");
    assertFound(d, find(sieve, d, "“a scheme"), "a complaint filed by the Northfield Water Authority",
        "according_to");
  }
}
