package dev.newsnlp.annotate.quotes.sieves;

import static dev.newsnlp.annotate.quotes.QuoteFixtures.assertFound;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.doc;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.find;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsnlp.annotate.quotes.QuoteDocument;
import org.junit.jupiter.api.Test;

/** {@link TrailingVerb} on sentences with the attribution right after the quote. */
class TrailingVerbTest {
  private final TrailingVerb sieve = new TrailingVerb();

  @Test
  void subjectThenVerb() {
    QuoteDocument d = doc("“We will rebuild the harbor before winter,” Holm said.");
    assertFound(d, find(sieve, d, "“We will"), "Holm", "trailing_verb");
  }

  @Test
  void verbThenSubjectWithAnAppositive() {
    QuoteDocument d = doc("“The water is safe to drink,” said Ravi Patel, the utility's director.");
    assertFound(d, find(sieve, d, "“The water"), "Ravi Patel", "trailing_verb");
  }

  @Test
  void aNameBeforeItsAppositiveAndTheVerb() {
    QuoteDocument d = doc("“The pier opens in May,” Lena Holm, the mayor of Riverton, told reporters.");
    assertFound(d, find(sieve, d, "“The pier"), "Lena Holm", "trailing_verb");
  }

  @Test
  void aDescriptionWithAnAttachedPhrase() {
    QuoteDocument d = doc("“The roof is the first thing to go,” a narrator in the union's video says.");
    assertFound(d, find(sieve, d, "“The roof"), "a narrator in the union's video", "trailing_verb");
  }

  @Test
  void theNextSentenceWhenItOpensWithTheVerb() {
    QuoteDocument d = doc("“Will the pier hold?” asked Ravi Patel, an engineer at the harbor office.");
    assertFound(d, find(sieve, d, "“Will"), "Ravi Patel", "trailing_verb");
    assertNull(find(new AttributionSentence(), d, "“Will"), "TrailingVerb's case, not asked twice");
  }

  @Test
  void accordingToRightAfterTheQuoteIsFoundHereAsAccordingTo() {
    QuoteDocument d = doc("“Prices will rise again in the spring,” according to the Northfield Water Authority.");
    assertFound(d, find(sieve, d, "“Prices"), "the Northfield Water Authority", "according_to");
  }

  @Test
  void aWeakSpeechVerbDoesNotCount() {
    QuoteDocument d = doc("“Stay home tonight and keep the windows shut,” the sign on the door read.");
    assertNull(find(sieve, d, "“Stay home"));
  }

  @Test
  void noAttributionAfterTheQuote() {
    QuoteDocument d = doc("“The storm is coming,” and the harbor closed early that afternoon.");
    assertNull(find(sieve, d, "“The storm"));
  }

  @Test
  void aSpeechVerbBeforeAColonIntroducesTheNextQuoteNotThePreviousOne() {
    QuoteDocument d = doc("After Lee said the ferry would run “every hour of the day,” Patel said: “That is a "
        + "fantasy.”");
    assertNull(find(sieve, d, "“every hour"));
    assertFound(d, find(new LeadingVerb(), d, "“every hour"), "Lee", "leading_verb");
  }

  @Test
  void aDescriptionAfterTheVerbKeepsWhatItIsInvolvedIn() {
    QuoteDocument d = doc("“It is a way to help without paying,” says a source involved in the harbor talks.");
    assertFound(d, find(sieve, d, "“It is"), "a source involved in the harbor talks", "trailing_verb");
  }
}
