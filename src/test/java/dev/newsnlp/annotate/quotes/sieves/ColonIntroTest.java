package dev.newsnlp.annotate.quotes.sieves;

import static dev.newsnlp.annotate.quotes.QuoteFixtures.assertFound;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.doc;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.find;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.none;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.quote;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.with;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsnlp.annotate.quotes.QuoteDocument;
import org.junit.jupiter.api.Test;

/** {@link ColonIntro}: the paragraph before ends with a colon after a speaker. */
class ColonIntroTest {
  private final ColonIntro sieve = new ColonIntro();

  @Test
  void aSpeechVerbBeforeTheColon() {
    QuoteDocument d = doc("In a letter to parents, the principal, Karen Ober, wrote:\n\n"
        + "“Classes will resume on Monday, and the gym will stay closed until the roof is repaired.”");
    assertFound(d, find(sieve, d, "“Classes"), "the principal, Karen Ober", "colon_intro");
  }

  @Test
  void theSubjectOfASentenceWithoutASpeechVerb() {
    QuoteDocument d = doc("Karen Ober released the following statement:\n\n"
        + "“Classes will resume on Monday, and the gym will stay closed until the roof is repaired.”");
    assertFound(d, find(sieve, d, "“Classes"), "Karen Ober", "colon_intro");
  }

  @Test
  void noColon() {
    QuoteDocument d = doc("Karen Ober wrote a letter to parents.\n\n"
        + "“Classes will resume on Monday, and the gym will stay closed until the roof is repaired.”");
    assertNull(find(sieve, d, "“Classes"));
  }

  @Test
  void notWhenTheParagraphHasASpeakerAlready() {
    QuoteDocument d = doc("Karen Ober released the following statement:\n\n"
        + "“Classes will resume on Monday.” “The gym will stay closed until the roof is repaired,” Ravi Patel said.");
    var found = with(d, none(d), quote(d, "“The gym"), "Patel", "trailing_verb");
    assertNull(sieve.find(d, found, quote(d, "“Classes")));
  }
}
