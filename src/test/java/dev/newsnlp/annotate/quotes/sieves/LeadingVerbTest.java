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

  @Test
  void aParticipleAfterAReportingClauseIsThatClausesSubjects() {
    QuoteDocument d = doc("Ann Lee will close the ferry in March, Ravi Patel said, adding, “The hull needs new paint.”");
    assertFound(d, find(sieve, d, "“The hull"), "Ravi Patel", "leading_verb");
    QuoteDocument e = doc("Ann Lee's harbor tax is unfair, Mayor Lena Holm said on Monday in Riverton, noting the "
        + "council “never asked the fishermen.”");
    assertFound(e, find(sieve, e, "“never asked"), "Mayor Lena Holm", "leading_verb");
  }

  @Test
  void aParticipleAfterAnObjectIsTheSentenceSubjects() {
    QuoteDocument d = doc("Ravi Patel opened the town meeting saying “the budget is already spent.”");
    assertFound(d, find(sieve, d, "“the budget"), "Ravi Patel", "leading_verb");
    QuoteDocument e = doc("Lena Holm spent the morning waving at drivers on their way into the car park "
        + "shouting “Vote for the pier!”");
    assertFound(e, find(sieve, e, "“Vote for"), "Lena Holm", "leading_verb");
  }

  @Test
  void aThingThatCarriesWordsSpeaksItselfAndSoDoesTheSubjectOfWith() {
    QuoteDocument d = doc("Ravi Patel held up a banner saying “Save the Old Pier Now.”");
    assertFound(d, find(sieve, d, "“Save the"), "a banner", "leading_verb");
    QuoteDocument e = doc("The council voted for the plan, with Councillor Ann Lee calling it “a fair deal for "
        + "everyone.”");
    assertFound(e, find(sieve, e, "“a fair"), "Councillor Ann Lee", "leading_verb");
  }

  @Test
  void aWhenClauseDoesNotGovernTheMainClausesSpeechVerb() {
    QuoteDocument d = doc("When Ann Lee said the pier was safe, Ravi Patel replied, “It is not safe at all.”");
    assertFound(d, find(sieve, d, "“It is"), "Ravi Patel", "leading_verb");
  }

  @Test
  void beganBeforeAParticipleIsNoSpeechVerb() {
    QuoteDocument d = doc("Lena Holm, on a tour of the harbor as crowds began arriving, thanked the “brave” crews "
        + "of the lifeboats.");
    assertNull(find(sieve, d, "“brave"));
  }
}
