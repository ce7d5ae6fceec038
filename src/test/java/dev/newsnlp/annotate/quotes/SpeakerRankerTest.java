package dev.newsnlp.annotate.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsnlp.annotate.QuoteSpan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The candidates and the ranker of the learned speaker choice (measured against the sieves on held-out folds
 * and not shipped: docs/QUOTES.md, "Speaker choice: a learned ranker, measured and not kept").
 */
class SpeakerRankerTest {
  private static final String TEXT = "Mayor Lena Holm opened the meeting on Monday.\n\n“We will keep the ferry "
      + "running all winter, whatever it costs the town,” she said, according to the Harbor Ledger.";

  @Test
  void everySieveProposesAndTheFirstFitIsMarked() {
    QuoteDocument doc = QuoteFixtures.doc(TEXT);
    List<SpeakerRankerExperiment.CandidateRow> rows =
        SpeakerRankerExperiment.candidates(TEXT, doc.tokens(), doc.mentions());
    assertEquals(2, rows.size(), rows.toString());
    SpeakerRankerExperiment.CandidateRow she = rows.stream().filter(r -> r.speaker().equals("she")).findFirst()
        .orElseThrow();
    SpeakerRankerExperiment.CandidateRow ledger = rows.stream().filter(r -> r.speaker().contains("Harbor Ledger"))
        .findFirst().orElseThrow();
    assertTrue(she.chosen(), "the sieves' first fit");
    assertTrue(she.sieves().contains("TrailingVerb"), she.sieves().toString());
    assertEquals(1.0, she.features()[SpeakerCandidates.FEATURES.indexOf("pronoun")]);
    assertEquals(false, ledger.chosen());
    assertTrue(ledger.sieves().contains("AccordingTo"), ledger.sieves().toString());
    assertEquals(1.0, ledger.features()[SpeakerCandidates.FEATURES.indexOf("after_quote")]);
    assertEquals(SpeakerCandidates.FEATURES.size(), ledger.features().length);
  }

  @Test
  void aRankerChoosesAmongTheProposalsAndNoRankerIsTheProduct() {
    QuoteDocument doc = QuoteFixtures.doc(TEXT);
    List<QuoteSpan> product = NewsQuoteAttributor.attribute(TEXT, doc.tokens(), doc.mentions());
    assertEquals(product, SpeakerRankerExperiment.attribute(TEXT, doc.tokens(), doc.mentions(), null));
    assertEquals("she", product.get(0).speaker());
    double[] w = new double[SpeakerCandidates.FEATURES.size()];
    w[SpeakerCandidates.FEATURES.indexOf("by_AccordingTo")] = 2;
    List<QuoteSpan> ranked = SpeakerRankerExperiment.attribute(TEXT, doc.tokens(), doc.mentions(),
        new SpeakerRanker(w));
    assertTrue(ranked.get(0).speaker().contains("Harbor Ledger"), ranked.get(0).speaker());
    assertEquals(product.get(0).start(), ranked.get(0).start(), "spans do not change");
  }

  @Test
  void listwiseTrainingPrefersTheRightCandidateOfEachQuote() {
    int d = SpeakerCandidates.FEATURES.size();
    int choice = SpeakerCandidates.FEATURES.indexOf("sieves_choice");
    int person = SpeakerCandidates.FEATURES.indexOf("head_person");
    List<List<double[]>> groups = new ArrayList<>();
    List<List<Boolean>> right = new ArrayList<>();
    for (int k = 0; k < 30; k++) {
      double[] a = new double[d];
      double[] b = new double[d];
      a[0] = b[0] = 1;
      a[choice] = 1;
      b[person] = 1;
      groups.add(List.of(a, b));
      right.add(List.of(k % 5 != 0, k % 5 == 0)); // the sieves' choice is right four times in five
    }
    SpeakerRanker m = SpeakerRanker.trainListwise(groups, right, 0.001, 2000, 0.5);
    assertTrue(m.score(groups.get(0).get(0)) > m.score(groups.get(0).get(1)));
    String[] rows = m.toTsv().split("\n");
    assertEquals(d, rows.length);
    assertEquals("bias", rows[0].split("\t")[0]);
  }
}
