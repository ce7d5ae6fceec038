package dev.newsnlp.clean.verdicts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsnlp.clean.ArticleExtractor;
import dev.newsnlp.clean.DropReasons;
import dev.newsnlp.clean.Fixtures;
import dev.newsnlp.clean.render.DumpParser;
import dev.newsnlp.clean.render.Extraction;
import org.junit.jupiter.api.Test;

/** Page-level verdicts on the outcome of the rules. */
class PageVerdictsTest {

  private static Extraction extract(String dump, String url) {
    return ArticleExtractor.extract(DumpParser.parse(dump), url, null);
  }

  private static String article() {
    return Fixtures.TITLE + "\n\n" + Fixtures.BYLINE + "\n" + Fixtures.DATE + "\n\n" + Fixtures.P1 + "\n\n"
        + Fixtures.P2 + "\n\n" + Fixtures.P3 + "\n\n" + Fixtures.P4 + "\n\n" + Fixtures.P5 + "\n\n"
        + Fixtures.LAST + "\n";
  }

  @Test
  void anArticleHasNoVerdict() {
    assertNull(extract(article(), "https://news.example/2024/03/harbor-barrier").dropReason);
  }

  @Test
  void errorPage() {
    String dump = "Port Maren Daily\n\nPage not found\n\n"
        + "Sorry, the page you were looking for has moved or never existed on this site.\n\n  • Home\n";
    assertEquals(DropReasons.NOT_ARTICLE_ERROR, extract(dump, null).dropReason);
  }

  @Test
  void consentWall() {
    String dump = "Port Maren Daily\n\nWe value your privacy\n\n"
        + "We use cookies and similar tools to improve your experience and to show you relevant adverts.\n\n"
        + "  • Accept all\n  • Reject all\n  • Manage preferences\n";
    assertEquals(DropReasons.NOT_ARTICLE_CONSENT, extract(dump, null).dropReason);
  }

  @Test
  void tooLittleProse() {
    String dump = "Port Maren Daily\n\nHarbor webcam\n\nThe harbor webcam is back online after the storm damage.\n";
    assertEquals(DropReasons.TOO_LITTLE_PROSE, extract(dump, null).dropReason);
  }

  @Test
  void shortPageUnderATagUrlIsAListing() {
    String dump = "Harbor\n\nThe latest stories about the harbor of Port Maren, its boats, its people and its floods.\n\n"
        + "Mayor opens new library in the western district after two years of works and delays.\n";
    assertEquals(DropReasons.NOT_ARTICLE_LISTING, extract(dump, "https://news.example/tag/harbor/").dropReason);
  }
}
