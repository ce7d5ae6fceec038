package dev.newsnlp.clean.verdicts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsnlp.clean.ArticleExtractor;
import dev.newsnlp.clean.DropReasons;
import dev.newsnlp.clean.Fixtures;
import dev.newsnlp.clean.render.DumpParser;
import dev.newsnlp.clean.render.Extraction;
import dev.newsnlp.clean.render.Line;
import java.util.ArrayList;
import java.util.List;
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

  /**
   * A page of the learned cleaner as the listing verdict sees it: lines of the given word counts and log-odds,
   * the body from line {@code start} to {@code end} kept.
   */
  private static Extraction modelView(int[] words, float[] logOdds, int start, int end) {
    List<Line> lines = new ArrayList<>();
    int body = 0;
    for (int i = 0; i < words.length; i++) {
      Line l = new Line("w".repeat(words[i]), 0, false, true);
      l.words = words[i];
      l.keep = i >= start && i <= end;
      body += l.keep ? l.words : 0;
      lines.add(l);
    }
    Extraction x = new Extraction(lines);
    x.logOdds = logOdds;
    x.start = start;
    x.end = end;
    x.bodyWords = body;
    return x;
  }

  @Test
  void theModelsViewTellsOneArticleFromTeasersSpreadOverThePage() {
    // a short story among teaser blocks: its body holds most of the words the model reads as article text
    assertTrue(PageVerdicts.readsAsOneArticle(modelView(
        new int[] {8, 30, 60, 55, 70, 30, 25},
        new float[] {-2f, 1.5f, 3f, 3f, 2.5f, 0.5f, 0.4f}, 1, 4)));
    // a listing: teasers that read like prose one by one, spread over the page; the "body" is one of them
    assertFalse(PageVerdicts.readsAsOneArticle(modelView(
        new int[] {45, 45, 45, 45, 45, 45, 45, 45, 45, 45},
        new float[] {1f, 1f, 1f, 1.2f, 1f, 1f, 1f, 1f, 1f, 1f}, 3, 6)));
    // too short a body is no article however alone it stands
    assertFalse(PageVerdicts.readsAsOneArticle(modelView(
        new int[] {5, 40, 45, 6}, new float[] {-3f, 2f, 2f, -3f}, 1, 2)));
    // the rules cleaner has no model view
    Extraction rules = modelView(new int[] {30, 60, 70}, new float[] {2f, 3f, 3f}, 0, 2);
    rules.logOdds = null;
    assertFalse(PageVerdicts.readsAsOneArticle(rules));
  }
}
