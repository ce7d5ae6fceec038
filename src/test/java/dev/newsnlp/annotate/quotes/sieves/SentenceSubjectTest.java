package dev.newsnlp.annotate.quotes.sieves;

import static dev.newsnlp.annotate.quotes.QuoteFixtures.assertFound;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.doc;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.find;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsnlp.annotate.quotes.QuoteDocument;
import org.junit.jupiter.api.Test;

/** {@link SentenceSubject}: a quote inside a sentence without a speech verb. */
class SentenceSubjectTest {
  private final SentenceSubject sieve = new SentenceSubject();

  @Test
  void aNamedSubject() {
    QuoteDocument d = doc("Senator Ana Ruiz visited the “Bridge of Hope” memorial on Sunday.");
    assertFound(d, find(sieve, d, "“Bridge"), "Senator Ana Ruiz", "sentence_subject");
  }

  @Test
  void aPronounSubjectAfterAnOpeningPhrase() {
    QuoteDocument d = doc("On Sunday, she visited the “Bridge of Hope” memorial.");
    assertFound(d, find(sieve, d, "“Bridge"), "she", "sentence_subject");
  }

  @Test
  void aDescriptionIsNotEnough() {
    QuoteDocument d = doc("The senator visited the “Bridge of Hope” memorial on Sunday.");
    assertNull(find(sieve, d, "“Bridge"));
  }

  @Test
  void aQuoteOpeningItsSentenceHasNoSubjectBeforeIt() {
    QuoteDocument d = doc("“Bridge of Hope” is the name Senator Ana Ruiz gave the memorial.");
    assertNull(find(sieve, d, "“Bridge"));
  }

  @Test
  void aDatelineIsNoSubjectNorIsATimeAfterTheName() {
    QuoteDocument d = doc("RIVERTON, Ore. (AP) — Judge Maria Okafor late Tuesday night blocked a rule that let "
        + "landlords cite “urgent private need” to evict tenants.");
    assertFound(d, find(sieve, d, "“urgent"), "Judge Maria Okafor", "sentence_subject");
  }
}
