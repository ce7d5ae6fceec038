package dev.newsnlp.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A headline in title case is no list of names: through the real CoreNLP models, the CRF's capitalised runs
 * in it ("Northfield Residents Told", ORGANIZATION without the rule), whose words the article writes in lower
 * case, are dropped; the names of the article stay.
 */
class TitleCaseHeadlineTest {
  private static final String HEADLINE = "Northfield Residents Told to Boil Water After Contamination Found";
  private static final String BODY = "Northfield residents were told on Monday to boil their tap water after "
      + "tests found bacteria in the reservoir. The contamination was found by the health office, Mayor Ruth "
      + "Adler said.";

  private static TextAnnotator annotator;

  @BeforeAll
  static void load() {
    annotator = new TextAnnotator(new NlpConfig(NlpConfig.QuoteMode.none, NlpConfig.NerMode.accurate));
  }

  @Test
  void titleCaseWordsOfTheHeadlineAreNoName() {
    String text = HEADLINE + "\n\n" + BODY;
    List<MentionSpan> mentions = annotator.annotate(text).mentions();
    String all = mentions.toString();
    for (MentionSpan m : mentions) {
      if (m.start() < HEADLINE.length()) {
        assertEquals("Northfield", m.text(), "only the place is a name in the headline: " + all);
      }
    }
    assertTrue(mentions.stream().anyMatch(m -> m.start() > HEADLINE.length() && m.text().equals("Northfield")),
        all);
    assertTrue(mentions.stream().anyMatch(m -> m.text().endsWith("Ruth Adler") && m.type().equals("PERSON")), all);
  }

  @Test
  void aHeadlineInCapitalsIsLeftToTheModel() {
    // CoNLL's headlines are in capitals; the rule only reads title case (CoNLL DEV's F1 is unchanged)
    String text = "BRIDGEPORT STEEL MILL TO CLOSE\n\nHollins Steel will close its Bridgeport mill, the company said.";
    List<MentionSpan> withCaps = annotator.annotate(text).mentions();
    assertTrue(withCaps.stream().anyMatch(m -> m.start() < 30), "the CRF's own tags stay: " + withCaps);
  }
}
