package dev.newsnlp.clean.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsnlp.clean.ArticleExtractor;
import dev.newsnlp.clean.CleanResult;
import dev.newsnlp.clean.Fixtures;
import dev.newsnlp.clean.PageCleaner;
import dev.newsnlp.clean.decode.SequenceDecoder;
import dev.newsnlp.clean.headline.HeadlineModel;
import dev.newsnlp.clean.model.LineModel;
import dev.newsnlp.clean.render.DumpParser;
import dev.newsnlp.clean.render.Line;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CleanerTrainerTest {
  private static final String BODY = String.join("\n", Fixtures.P1, Fixtures.P2, Fixtures.P3, Fixtures.SUBHEAD,
      Fixtures.P4, Fixtures.P5, Fixtures.LAST);

  /** Pages made from the test fixture with their gold body; ids differ so the halves split them. */
  private static List<CleanerTrainer.Page> pages(int n) {
    List<CleanerTrainer.Page> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new CleanerTrainer.Page("page-" + i, "test", null, Fixtures.articleDump(), BODY, Fixtures.TITLE,
          List.of(), List.of(), false));
    }
    return out;
  }

  private static CleanerTrainer.Trained trained;

  /** One training on the fixture pages, shared by the tests that only read the model (a training takes seconds). */
  private static synchronized CleanerTrainer.Trained trained() throws Exception {
    if (trained == null) {
      trained = CleanerTrainer.train(pages(24), false);
    }
    return trained;
  }

  @Test
  void theSamePagesGiveTheSameModelBytes() throws Exception {
    CleanerTrainer.Trained a = trained();
    CleanerTrainer.Trained b = CleanerTrainer.train(pages(24), false);
    assertEquals(LineModel.files("dump").size(), a.files().size());
    for (int i = 0; i < a.files().size(); i++) {
      assertArrayEquals(a.files().get(i), b.files().get(i), LineModel.files("dump").get(i));
    }
  }

  @Test
  void aModelTrainedOnLabelledPagesKeepsTheirBodyAndDropsTheirMenus() throws Exception {
    LineModel model = trained().model();
    CleanResult r = new PageCleaner(true, model, null).cleanText(Fixtures.articleDump(), null);
    assertTrue(r.text().contains(Fixtures.P3), r.text());
    assertTrue(!r.text().contains("Privacy Policy"), r.text());
  }

  @Test
  void theHeadlineModelLearnsTheTitleLineAndTheArticleStartsAtIt() throws Exception {
    LineModel model = trained().model();
    CleanResult r = new PageCleaner(true, model, null).cleanText(Fixtures.articleDump(), null);
    assertEquals(Fixtures.TITLE, r.title(), r.text());
    assertTrue(r.text().startsWith(Fixtures.TITLE), r.text());
    assertTrue(!r.text().contains(Fixtures.TICKER_LINE), r.text());
  }

  @Test
  void dumpHeadlinesAreRankedPerPageAndTheShareOfEachPageSumsToOne() throws Exception {
    LineModel model = trained().model();
    assertTrue(model.headline().ranker(), "a dump model's headline trees rank a page's candidates");
    assertTrue(LineModel.forInput(false).headline().ranker(), "the shipped dump model ranks");
    assertTrue(!LineModel.forInput(true).headline().ranker(), "the shipped HTML model scores each line alone");
    List<Line> lines = DumpParser.parse(Fixtures.articleDump());
    ArticleExtractor.evidence(lines, null);
    float[] logOdds = model.logOdds(lines, null);
    int[] states = model.decoder().decode(lines, logOdds);
    HeadlineModel.Candidates c = HeadlineModel.candidates(lines, logOdds, states, -1, null, null);
    float[] p = model.headline().probabilities(c);
    double sum = 0;
    int best = 0;
    for (int j = 0; j < p.length; j++) {
      sum += p[j];
      best = p[j] > p[best] ? j : best;
    }
    assertTrue(p.length > 1, "the fixture page has several candidate lines");
    assertEquals(1.0, sum, 1e-4);
    assertEquals(Fixtures.TITLE, lines.get(c.index()[best]).text);
  }

  @Test
  void theHeadlineLabelIsTheDerivedHeadlineUnlessItIsTheSiteName() {
    CleanerTrainer.Page derived = new CleanerTrainer.Page("p", "test", null, "", "Body text of the story.",
        "Harbor city approves barrier | Port Maren Daily", List.of("Harbor city approves barrier"), List.of(), true);
    assertEquals("harbor city approves barrier", StackedModelsTrainer.goldHeadline(derived));
    CleanerTrainer.Page siteName = new CleanerTrainer.Page("p", "test", null, "", "Body text of the story.",
        "Port Maren Daily | Harbor city approves new tidal barrier after floods", List.of("Port Maren Daily"),
        List.of(), true);
    assertEquals("port maren daily harbor city approves new tidal barrier after floods",
        StackedModelsTrainer.goldHeadline(siteName));
  }

  @Test
  void aBodyOpenedEarlierTakesTheContentLinesJustAboveIt() {
    List<Line> lines = DumpParser.parse(String.join("\n", "Menu", "", "Ticker one", "Ticker two", "",
        "Headline of the story", "", "First paragraph of the story.", "Second paragraph."));
    ArticleExtractor.evidence(lines, null);
    int[] states = new int[lines.size()];
    for (int i = index(lines, "First paragraph"); i < states.length; i++) {
      states[i] = SequenceDecoder.BODY;
    }
    int[] early = StackedModelsTrainer.openEarlier(lines, states, 2);
    for (String inBody : List.of("Ticker two", "Headline of the story", "First paragraph", "Second paragraph")) {
      assertEquals(SequenceDecoder.BODY, early[index(lines, inBody)], inBody);
    }
    assertEquals(SequenceDecoder.BEFORE, early[index(lines, "Ticker one")]);
    assertEquals(SequenceDecoder.BEFORE, early[index(lines, "Menu")]);
    assertEquals(SequenceDecoder.BEFORE, states[index(lines, "Headline of the story")], "the input is not changed");
    int[] fromTop = new int[lines.size()];
    Arrays.fill(fromTop, SequenceDecoder.BODY);
    assertNull(StackedModelsTrainer.openEarlier(lines, fromTop, 2), "a body from the first line opens no earlier");
  }

  private static int index(List<Line> lines, String start) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).text.startsWith(start)) {
        return i;
      }
    }
    throw new AssertionError("no line starts with: " + start);
  }
}
