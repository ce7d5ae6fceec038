package dev.newsnlp.clean.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsnlp.clean.Fixtures;
import dev.newsnlp.clean.render.Line;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Per-line features and classes: words, stop words, sentence ends, byline and date lines. */
class LineEvidenceTest {

  @Test
  void countsWordsAndStopWordsOfThePageLanguage() {
    Line l = Evidence.single("The ferry to the island was cancelled because of the storm.");
    assertEquals(11, l.words);
    assertEquals(7, l.stop); // the, to, the, was, because, of, the
    assertTrue(l.endsSentence);
    assertEquals(Line.Cls.GOOD, l.cls);
  }

  @Test
  void sentenceEndLooksPastClosingQuotes() {
    assertTrue(LineEvidence.endsSentence("He said: \"We will rebuild.\""));
    assertTrue(LineEvidence.endsSentence("Why now?)"));
    assertFalse(LineEvidence.endsSentence("Harbor city approves new barrier"));
  }

  @Test
  void bylineLines() {
    assertTrue(Evidence.single("By Marta Olsen and Pieter de Wit").bylineLine);
    assertTrue(Evidence.single("Marta Olsen, Senior Science Correspondent").bylineLine);
    assertTrue(Evidence.single("Marta Olsen @martaolsen / 2 days ago").bylineLine);
    assertFalse(Evidence.single("The river had risen by two metres by the end of the week.").bylineLine);
  }

  @Test
  void dateLines() {
    assertTrue(Evidence.single("12 June 2023 09:45").dateLine);
    assertTrue(Evidence.single("Updated Jun 12, 9:45 AM").dateLine);
    assertFalse(Evidence.single("On 12 June 2023 the council met again to discuss the new bridge over the river.")
        .dateLine);
  }

  @Test
  void aBylineThatIsReallyACategoryLineIsNoise() {
    Line l = Evidence.single("Posted June 12, 2023 in Categories: Local");
    assertFalse(l.dateLine);
    assertTrue(l.noise);
  }

  @Test
  void sectionEndHeadingsAfterTheArticleAreBarriers() {
    List<Line> lines = Evidence.of(Fixtures.P1 + "\n\n" + Fixtures.P2 + "\n\nYou might also like\n\n"
        + Fixtures.P3 + "\n\n14 comments\n");
    assertTrue(Evidence.line(lines, "also like").barrier);
    assertTrue(Evidence.line(lines, "14 comments").barrier);
  }

  @Test
  void sectionEndHeadingsInThePageHeaderAreNotBarriers() {
    // too little prose above: a link in the header, not the end of the article
    List<Line> lines = Evidence.of("You might also like\n\n" + Fixtures.P1 + "\n");
    assertFalse(Evidence.line(lines, "also like").barrier);
    assertTrue(Evidence.line(lines, "also like").noise);
  }
}
