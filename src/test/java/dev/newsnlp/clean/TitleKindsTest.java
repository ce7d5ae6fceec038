package dev.newsnlp.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static dev.newsnlp.clean.RulesPages.*;

import org.junit.jupiter.api.Test;

/**
 * The headline choice of the rules (--cleaner=rules) on pages with the noise kinds of {@link NoiseKindsTest}
 * around the title: date and author lines, image labels, decks, breadcrumbs, follow widgets. All texts are
 * written for the tests.
 */
class TitleKindsTest {
  @Test
  void headlineDirectlyAboveItsDateLineWinsOverCaptions() {
    String dump = HEAD + "  1. Local\n\n" + Fixtures.TITLE + "\n\nUpdated Mar 5, 2:20 PM\n\n"
        + "Current view of the harbor from the hill\n\nThe harbor seen from the old fort.\n\n"
        + "Jane Doe, Harbor Affairs Reporter\n\n" + Fixtures.P1 + "\n\n" + Fixtures.P2 + "\n\n" + Fixtures.P3
        + "\n\n" + Fixtures.P4 + FOOT;
    CleanResult r = RULES.cleanText(dump, null);
    assertTrue(r.kept(), r.dropReason());
    assertEquals(Fixtures.TITLE, r.title());
    assertEquals("Jane Doe, Harbor Affairs Reporter", r.byline());
  }

  @Test
  void authorNameBelowHeadlineIsNotTheTitle() {
    String headline = "Harbor Guide: What do you buy for the sailor who already has everything?";
    String dump = HEAD + headline + "\n\nJane Doe\n\n- Mar. 5th 2024 2:20 pm\n\n" + Fixtures.P1 + "\n\n"
        + Fixtures.P2 + "\n\n" + Fixtures.P3 + "\n\n" + Fixtures.P4 + FOOT;
    CleanResult r = RULES.cleanText(dump, null);
    assertTrue(r.kept(), r.dropReason());
    assertEquals(headline, r.title());
  }

  @Test
  void headlineAboveAuthorWithHandleIsTheTitleNotTheAuthorLine() {
    String dump = HEAD + Fixtures.TITLE + "\n\nJane Doe @janedoe / 2 days\n\n" + Fixtures.P1 + "\n\n" + Fixtures.P2
        + "\n\n" + Fixtures.P3 + "\n\n" + Fixtures.LAST + FOOT;
    CleanResult r = RULES.cleanText(dump, null);
    assertEquals(Fixtures.TITLE, r.title());
    assertKept(r.text(), Fixtures.TITLE);
    assertKept(r.text(), "Jane Doe @janedoe");
  }

  @Test
  void headlineAbovePublishedLineWithWeekdayIsTheTitle() {
    String dump = HEAD + "Harbor News\n\n" + Fixtures.TITLE + "\n\nPublished Tue, Mar 5 20242:20 PM ESTUpdated an hour ago\n\n"
        + Fixtures.P1 + "\n\n" + Fixtures.P2 + "\n\n" + Fixtures.P3 + "\n\n" + Fixtures.LAST + FOOT;
    CleanResult r = RULES.cleanText(dump, null);
    assertEquals(Fixtures.TITLE, r.title());
    assertEquals("2024-03-05", r.published());
    assertDropped(r.text(), "Published Tue, Mar 5 20242:20 PM"); // its date is in published
  }

  @Test
  void headlineAboveBareAuthorNameWinsOverImageLabelAboveTheDate() {
    String dump = HEAD + "Flag of the Harbor Region\nHarbor Region\n\nLocal News\nMarch 5, 2024 / 2:20 PM / Updated 3 hours ago\n\n"
        + Fixtures.TITLE + "\n\nJane Doe\n\n4 Min Read\n\n" + Fixtures.P1 + "\n\n" + Fixtures.P2 + "\n\n"
        + Fixtures.P3 + "\n\n" + Fixtures.LAST + FOOT;
    CleanResult r = RULES.cleanText(dump, null);
    assertEquals(Fixtures.TITLE, r.title());
  }

  @Test
  void followTheAuthorOnSocialMediaIsNoiseAndNotTheTitle() {
    String dump = HEAD + Fixtures.TITLE + "\n\nFollow Jane Doe on Twitter\n\n" + Fixtures.DATE + "\n\n" + Fixtures.P1
        + "\n\n" + Fixtures.P2 + "\n\n" + Fixtures.P3 + "\n\n" + Fixtures.LAST + FOOT;
    CleanResult r = RULES.cleanText(dump, null);
    assertEquals(Fixtures.TITLE, r.title());
    assertDropped(r.text(), "Follow Jane Doe on Twitter");
  }

  @Test
  void followWidgetsReadingTimeAndPromptsEndingInAColonAreNotTheTitle() {
    String dump = HEAD + "Try our free courses. Pick a topic and start watching now:\n\n" + Fixtures.TITLE + "\n\n"
        + Fixtures.BYLINE + "\n" + Fixtures.DATE + "\n\n12 minutes - 2400 words\n\nFollow the author of this article\n\n"
        + "Follow the topics within this article\n\n" + Fixtures.P1 + "\n\n" + Fixtures.P2 + "\n\n" + Fixtures.P3
        + "\n\n" + Fixtures.LAST + FOOT;
    CleanResult r = RULES.cleanText(dump, null);
    assertEquals(Fixtures.TITLE, r.title());
    assertDropped(r.text(), "2400 words");
    assertDropped(r.text(), "Follow the topics");
    assertDropped(r.text(), "Follow the author");
  }

  @Test
  void breadcrumbTrailGluedToTheHeadlineIsNotTheTitle() {
    String title = "Harbor city council approves a new tidal barrier for the old town after a decade of winter floods";
    String dump = HEAD + "Home News Local News " + title + "\n\n" + title + "\n\n" + Fixtures.DATE + "\n"
        + Fixtures.P1 + "\n\n" + Fixtures.P2 + "\n\n" + Fixtures.P3 + "\n\n" + Fixtures.LAST + FOOT;
    CleanResult r = RULES.cleanText(dump, null);
    assertEquals(title, r.title());
    assertDropped(r.text(), "Home News Local News");
  }

  @Test
  void headlineAboveItsDeckIsTheTitleNotTheDeck() {
    String headline = "Harbor City Approves New Tidal Barrier After Decade of Floods, Fishermen Protest";
    String deck = "Construction Starts Next Week, But the Fishermen Are Still Not Convinced";
    String dump = HEAD + headline + "\n\n" + deck + "\n\n" + Fixtures.BYLINE + "\n" + Fixtures.DATE + "\n\n" + Fixtures.P1
        + "\n\n" + Fixtures.P2 + "\n\n" + Fixtures.P3 + "\n\n" + Fixtures.LAST + FOOT;
    CleanResult r = RULES.cleanText(dump, null);
    assertEquals(headline, r.title());
  }
}
