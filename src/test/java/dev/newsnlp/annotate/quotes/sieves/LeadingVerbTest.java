package dev.newsnlp.annotate.quotes.sieves;

import static dev.newsnlp.annotate.quotes.QuoteFixtures.assertFound;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.doc;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.find;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsnlp.annotate.quotes.QuoteDocument;
import org.junit.jupiter.api.Test;

/** {@link LeadingVerb}: the speech verb before the quote, with its subject. */
class LeadingVerbTest {
  private final LeadingVerb sieve = new LeadingVerb();

  @Test
  void subjectAndVerbBeforeAColon() {
    QuoteDocument d = doc("Ravi Patel told reporters on Monday: “The budget is already spent.”");
    assertFound(d, find(sieve, d, "“The budget"), "Ravi Patel", "leading_verb");
  }

  @Test
  void verbFirst() {
    QuoteDocument d = doc("Added Holm: “We open the pier on Friday, rain or shine.”");
    assertFound(d, find(sieve, d, "“We open"), "Holm", "leading_verb");
  }

  @Test
  void theReportingVerbGovernsAnEmbeddedSpeechVerb() {
    QuoteDocument d = doc("Ruiz said the mayor was right to urge residents “to stay calm and keep their receipts.”");
    assertFound(d, find(sieve, d, "“to stay"), "Ruiz", "leading_verb");
  }

  @Test
  void namingIsNotSpeech() {
    QuoteDocument d = doc("Holm runs a small group called “Friends of the Harbor” in the town.");
    assertNull(find(sieve, d, "“Friends"));
  }
}
