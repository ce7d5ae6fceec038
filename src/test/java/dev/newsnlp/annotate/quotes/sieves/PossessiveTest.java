package dev.newsnlp.annotate.quotes.sieves;

import static dev.newsnlp.annotate.quotes.QuoteFixtures.assertFound;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.doc;
import static dev.newsnlp.annotate.quotes.QuoteFixtures.find;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsnlp.annotate.quotes.QuoteDocument;
import org.junit.jupiter.api.Test;

/** {@link Possessive}: the named owner of a claim, response or post speaks its quote. */
class PossessiveTest {
  private final Possessive sieve = new Possessive();

  @Test
  void theOwnerOfAClaimThatSpeaks() {
    QuoteDocument d = doc("The council rejected Ravi Patel's claim that the pier “will fall into the sea by spring.”");
    assertFound(d, find(sieve, d, "“will fall"), "Ravi Patel", "possessive");
  }

  @Test
  void aResponseOrAPostIntroducedByAColon() {
    QuoteDocument d = doc("Lena Holm's response was short: “We will see them in court.”");
    assertFound(d, find(sieve, d, "“We will"), "Lena Holm", "possessive");
    QuoteDocument e = doc("From Ann Lee's Facebook post: “The harbor belongs to everyone who works in it.”");
    assertFound(e, find(sieve, e, "“The harbor"), "Ann Lee", "possessive");
  }

  @Test
  void noOwnerOrAnotherNoun() {
    QuoteDocument d = doc("The claim that the pier “will fall into the sea by spring” spread quickly in town.");
    assertNull(find(sieve, d, "“will fall"));
    QuoteDocument e = doc("Ravi Patel's boat was named “The Last Word of the Harbor” by his daughter.");
    assertNull(find(sieve, e, "“The Last"));
  }
}
