package dev.newsnlp.annotate.quotes.sieves;

import static dev.newsnlp.annotate.quotes.QuoteFixtures.assertFound;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.doc;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.find;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsnlp.annotate.quotes.QuoteDocument;
import org.junit.jupiter.api.Test;

/** {@link PreviousSentence}: the sentence before the quote's is a speech clause. */
class PreviousSentenceTest {
  private final PreviousSentence sieve = new PreviousSentence();

  @Test
  void aSpeechClauseJustBefore() {
    QuoteDocument d = doc("Holm tweeted a warning. “The harbor stays closed until the storm has passed.”");
    assertFound(d, find(sieve, d, "“The harbor"), "Holm", "previous_sentence");
  }

  @Test
  void notFromTheParagraphBefore() {
    QuoteDocument d = doc("Holm tweeted a warning.\n\n“The harbor stays closed until the storm has passed.”");
    assertNull(find(sieve, d, "“The harbor"));
  }

  @Test
  void notWithoutASpeechVerb() {
    QuoteDocument d = doc("Holm walked to the pier. “The harbor stays closed until the storm has passed.”");
    assertNull(find(sieve, d, "“The harbor"));
  }

  @Test
  void notWhenTheQuoteIsInsideItsSentence() {
    QuoteDocument d = doc("Holm tweeted a warning. The harbor “stays closed until the storm has passed.”");
    assertNull(find(sieve, d, "“stays"));
  }
}
