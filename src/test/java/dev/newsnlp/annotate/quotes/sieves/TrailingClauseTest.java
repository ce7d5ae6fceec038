package dev.newsnlp.annotate.quotes.sieves;

import static dev.newsnlp.annotate.quotes.QuoteFixtures.assertFound;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.doc;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.find;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.none;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.quote;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsnlp.annotate.quotes.QuoteDocument;
import org.junit.jupiter.api.Test;

/** {@link TrailingClause}: a speech clause later in the quote's sentence. */
class TrailingClauseTest {
  private final TrailingClause sieve = new TrailingClause();

  @Test
  void aSpeechClauseAtTheEndOfTheSentence() {
    QuoteDocument d = doc("“Enough” was the word on every sign at the march, Holm said.");
    int q = quote(d, "“Enough");
    assertNull(new TrailingVerb().find(d, none(d), q), "not right after the quote");
    assertFound(d, sieve.find(d, none(d), q), "Holm", "trailing_clause");
  }

  @Test
  void noSpeechClause() {
    QuoteDocument d = doc("“Enough” was the word on every sign at the march.");
    assertNull(find(sieve, d, "“Enough"));
  }

  @Test
  void aDescriptionAfterTheVerbTakesTheNameSetOffAfterIt() {
    QuoteDocument d = doc("The inspectors found “no sign of a leak” in the tunnel, said the agency's director, "
        + "Maria Okafor, on Friday.");
    assertFound(d, find(sieve, d, "“no sign"), "the agency's director, Maria Okafor", "trailing_clause");
  }
}
