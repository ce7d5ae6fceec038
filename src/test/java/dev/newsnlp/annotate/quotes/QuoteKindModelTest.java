package dev.newsnlp.annotate.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The features and the plain logistic regression of the learned quote-kind decision (measured against the
 * rules on held-out folds and not shipped: docs/QUOTES.md, "Quote kinds: a learned decision, measured").
 */
class QuoteKindModelTest {
  private static final String TEXT = "Lena Holm spoke on “Morning Report” about the ferry. “We will keep the ferry "
      + "running all winter, whatever it costs the town, and we will not raise the fares,” Holm said.";

  @Test
  void shortQuotesGetFeaturesAndLongSpeechNone() {
    QuoteDocument doc = QuoteFixtures.doc(TEXT);
    QuoteKinds kinds = new QuoteKinds(doc);
    double[] title = kinds.features(QuoteFixtures.quote(doc, "“Morning"));
    assertNotNull(title);
    assertEquals(QuoteKinds.FEATURES.size(), title.length);
    assertEquals(1.0, title[QuoteKinds.FEATURES.indexOf("rule_title")], "the rule's own verdict is a feature");
    assertEquals(1.0, title[QuoteKinds.FEATURES.indexOf("before_preposition")]);
    assertEquals(1.0, title[QuoteKinds.FEATURES.indexOf("title_cased")]);
    assertEquals(1.0, title[QuoteKinds.FEATURES.indexOf("title_cased*before_preposition")]);
    assertNull(kinds.features(QuoteFixtures.quote(doc, "“We will")), "a long quote is speech by the fixed rules");
  }

  @Test
  void trainingSeparatesTheLabelsAndTheWeightsFileHasOneRowPerFeature() {
    int d = QuoteKinds.FEATURES.size();
    int rule = QuoteKinds.FEATURES.indexOf("rule_title");
    List<double[]> x = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    for (int k = 0; k < 40; k++) {
      double[] f = new double[d];
      f[0] = 1;
      f[rule] = k % 4 == 0 ? 1 : 0;
      x.add(f);
      y.add(f[rule] == 0);
    }
    QuoteKindModel m = QuoteKindModel.train(x, y, 0.001, 2000, 0.5);
    assertTrue(m.speech(x.get(0)) < 0.2, "a title by the rule: " + m.speech(x.get(0)));
    assertTrue(m.speech(x.get(1)) > 0.8, "no cue: " + m.speech(x.get(1)));
    assertTrue(m.isTitleOrTerm(x.get(0)));
    assertEquals(false, m.isTitleOrTerm(null), "no features: speech");
    String[] rows = m.toTsv().split("\n");
    assertEquals(d, rows.length);
    assertEquals("bias", rows[0].split("\t")[0]);
  }

  @Test
  void noModelIsShippedSoTheRulesDecide() {
    assertNull(QuoteKindModel.shipped(), "the folds kept the rules (docs/QUOTES.md)");
  }
}
