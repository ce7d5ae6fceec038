package dev.newsnlp.clean.evidence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsnlp.clean.render.Line;
import org.junit.jupiter.api.Test;

/** Teasers: glued headline + summary, cut-off summaries. */
class TeasersTest {

  @Test
  void headlineGluedToItsSummary() {
    assertTrue(Teasers.gluedTeaser(
        "Seven Quiet Beaches Near Port MarenLooking for a calm day by the sea? These coves are worth the walk."));
  }

  @Test
  void camelCaseBrandsAndSentencesAreNotGluedTeasers() {
    assertFalse(Teasers.gluedTeaser("The town bought three new iPads for the library and a PlayStation for the youth club."));
    assertFalse(Teasers.gluedTeaser("Best Deals On Garden Tools, Kitchen Knives, SmartWatch Bands and More"));
  }

  @Test
  void summaryCutOffMidSentence() {
    assertTrue(Teasers.truncated(Evidence.single("The council has approved a plan to close the harbor road to cars...")));
    assertFalse(Teasers.truncated(Evidence.single("The council has approved a plan to close the harbor road to cars.")));
    assertFalse(Teasers.truncated(Evidence.single("Wait...")));
  }

  @Test
  void gluedTeaserLinesAreMarked() {
    Line l = Evidence.single(
        "Seven Quiet Beaches Near Port MarenLooking for a calm day by the sea? These coves are worth the walk.");
    assertTrue(l.teaser);
  }
}
