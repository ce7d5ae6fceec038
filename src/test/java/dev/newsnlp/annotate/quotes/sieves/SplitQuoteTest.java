package dev.newsnlp.annotate.quotes.sieves;

import static dev.newsnlp.annotate.quotes.QuoteFixtures.assertFound;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.doc;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.find;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsnlp.annotate.quotes.QuoteDocument;
import org.junit.jupiter.api.Test;

/** {@link SplitQuote}: the attribution between two parts of a quote. */
class SplitQuoteTest {
  private final SplitQuote sieve = new SplitQuote();

  @Test
  void theSecondPartTakesTheSpeakerBetween() {
    QuoteDocument d = doc("“We are not giving up,” Patel said, “and we will appeal the ruling in court.”");
    assertFound(d, find(sieve, d, "“and we"), "Patel", "split_quote");
  }

  @Test
  void theFirstPartIsNotASplitQuote() {
    QuoteDocument d = doc("“We are not giving up,” Patel said, “and we will appeal the ruling in court.”");
    assertNull(find(sieve, d, "“We are"));
  }

  @Test
  void noSpeechVerbBetweenTheParts() {
    QuoteDocument d = doc("“We are not giving up,” and then, “we will appeal the ruling in court.”");
    assertNull(find(sieve, d, "“we will"));
  }
}
