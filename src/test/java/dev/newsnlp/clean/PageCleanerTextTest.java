package dev.newsnlp.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PageCleanerTextTest {
  private static final String URL = "https://www.portmaren-daily.example/news/2024/03/05/harbor-city-approves-tidal-barrier";
  // the rule detectors and the rules-only selection (--cleaner=rules); LearnedCleanerTest covers the model
  private final PageCleaner cleaner = new PageCleaner(false);

  private CleanResult clean() {
    CleanResult r = cleaner.cleanText(Fixtures.articleDump(), URL);
    assertTrue(r.kept(), () -> "dropped: " + r.dropReason());
    return r;
  }

  private static void assertKept(CleanResult r, String line) {
    assertTrue(r.text().contains(line), () -> "missing: " + line + "\n---\n" + r.text());
  }

  private static void assertDropped(CleanResult r, String line) {
    assertFalse(r.text().contains(line), () -> "should be dropped: " + line + "\n---\n" + r.text());
  }

  @Test
  void keepsArticleParagraphsVerbatim() {
    CleanResult r = clean();
    for (String p : List.of(Fixtures.P1, Fixtures.P2, Fixtures.P3, Fixtures.P4, Fixtures.P5, Fixtures.LAST)) {
      assertKept(r, p);
    }
  }

  @Test
  void keepsSubheadingInsideArticle() {
    assertKept(clean(), "\n\n" + Fixtures.SUBHEAD + "\n\n");
  }

  @Test
  void titleAndBylineComeFirstAndTheDateLineGoesToPublished() {
    CleanResult r = clean();
    assertEquals(Fixtures.TITLE, r.title());
    assertEquals(Fixtures.BYLINE, r.byline());
    assertEquals("2024-03-05", r.published());
    assertTrue(r.text().startsWith(Fixtures.TITLE + "\n\n" + Fixtures.BYLINE + "\n\n" + Fixtures.P1), r.text());
    assertFalse(r.text().contains(Fixtures.DATE), r.text());
  }

  @Test
  void blocksAreSeparatedByOneBlankLine() {
    CleanResult r = clean();
    assertFalse(r.text().contains("\n\n\n"));
    assertKept(r, Fixtures.P1 + "\n\n" + Fixtures.P2);
    assertTrue(r.text().endsWith(Fixtures.LAST), r.text());
  }

  @Test
  void dropsNavigationMenu() {
    CleanResult r = clean();
    assertDropped(r, "Politics");
    assertDropped(r, "Editorials");
    assertDropped(r, "Port Maren Daily\n");
  }

  @Test
  void dropsBreakingTicker() {
    CleanResult r = clean();
    assertDropped(r, "BREAKING");
    assertDropped(r, Fixtures.TICKER_LINE);
  }

  @Test
  void dropsShareBar() {
    CleanResult r = clean();
    assertDropped(r, "Share on Facebook");
    assertDropped(r, "Print");
  }

  @Test
  void dropsPhotoCaptionAdvertisementAndCrossLinks() {
    CleanResult r = clean();
    assertDropped(r, Fixtures.CAPTION);
    assertDropped(r, "Advertisement");
    assertDropped(r, "Read more: Council delays");
  }

  @Test
  void dropsTagListAndMostReadTeasers() {
    CleanResult r = clean();
    assertDropped(r, "Most Read");
    assertDropped(r, Fixtures.MOST_READ_TEASER);
    assertDropped(r, "The library will be open");
    assertDropped(r, "Floods\n");
  }

  @Test
  void dropsCookieBannerAndDonationAppeal() {
    CleanResult r = clean();
    assertDropped(r, "We use cookies");
    assertDropped(r, Fixtures.DONATION);
  }

  @Test
  void dropsCommentsAndFooter() {
    CleanResult r = clean();
    assertDropped(r, Fixtures.COMMENT);
    assertDropped(r, "Leave a Reply");
    assertDropped(r, "All rights reserved");
    assertDropped(r, "Privacy Policy");
  }

  @Test
  void dropsTrailingNewsletterAppealAndAuthorBio() {
    String page = Fixtures.TITLE + "\n\n" + Fixtures.P1 + "\n\n" + Fixtures.P2 + "\n\n" + Fixtures.P3 + "\n\n"
        + "Jane Doe is a reporter for the Port Maren Daily covering the city council and the harbor.\n\n"
        + "Never miss a story: sign up for our free morning newsletter.\n";
    CleanResult r = cleaner.cleanText(page, null);
    assertTrue(r.kept());
    assertKept(r, Fixtures.P3);
    assertDropped(r, "is a reporter for");
    assertDropped(r, "newsletter");
  }

  @Test
  void dropsDonationAppealBlocksAroundTheArticle() {
    String appeal1 = "Since March we have removed all ads from our pages to make reading easier for everyone.";
    String appeal2 = "This costs us a lot of money every month. Your support can help us fill the gap.";
    String appeal3 = "We are a small newsroom and we refuse to put our reporting behind a paywall, so we ask you instead.";
    String page = "Enjoying ad-free reading?\n" + appeal1 + "\n" + appeal2 + "\nSupport us\n\n" + Fixtures.TITLE + "\n\n"
        + Fixtures.P1 + "\n\n" + Fixtures.P2 + "\n\n" + Fixtures.P3 + "\n\nA Message from the Port Maren Daily:\n\n"
        + "Dear readers,\n\n" + appeal3 + "\n\nIf you can, please give a small amount every month; every gift makes a"
        + " difference to the journalists of this paper.\n\nOnce\nMonthly\nContinue\n";
    CleanResult r = cleaner.cleanText(page, null);
    assertEquals(Fixtures.TITLE, r.title());
    assertTrue(r.text().startsWith(Fixtures.TITLE + "\n\n" + Fixtures.P1), r.text());
    assertTrue(r.text().endsWith(Fixtures.P3), r.text());
    assertDropped(r, appeal1);
    assertDropped(r, appeal3);
  }

  @Test
  void stripsBulletsButKeepsContentListItems() {
    String page = Fixtures.TITLE + "\n\n" + Fixtures.P1 + "\n\nThe council listed three conditions for the project:\n\n"
        + "  • the barrier must stay open for ships at least 300 days a year,\n"
        + "  • the fishermen's association gets a seat on the supervisory board,\n"
        + "  • the water board publishes its measurements every month.\n\n" + Fixtures.P2 + "\n\n" + Fixtures.P3 + "\n";
    CleanResult r = cleaner.cleanText(page, null);
    assertKept(r, "\nthe barrier must stay open for ships at least 300 days a year,\n"
        + "the fishermen's association gets a seat on the supervisory board,\n");
    assertDropped(r, "•");
  }

  @Test
  void seedStyleTitleFromUrlSlug() {
    // Several headline-like lines above the body: the one matching the URL slug is the title.
    String page = "Top stories\n\nMarkets rally as oil prices fall\n\n" + Fixtures.TITLE + "\n\n" + Fixtures.P1 + "\n\n"
        + Fixtures.P2 + "\n\n" + Fixtures.P3 + "\n";
    CleanResult r = cleaner.cleanText(page, URL);
    assertEquals(Fixtures.TITLE, r.title());
    assertDropped(r, "Markets rally");
  }

  // ---------------------------------------------------------------- drop reasons

  @Test
  void emptyInput() {
    assertEquals(DropReasons.EMPTY, cleaner.cleanText("", null).dropReason());
    assertEquals(DropReasons.EMPTY, cleaner.cleanText("  \n\n \t\n", null).dropReason());
    assertEquals(DropReasons.EMPTY, cleaner.cleanText(null, null).dropReason());
  }

  @Test
  void errorPage() {
    String page = "Port Maren Daily\n\n" + "  • News\n  • Sport\n  • Weather\n\n404 - Page not found\n\n"
        + "Sorry, the page you are looking for does not exist or has been moved.\n\n  • Home\n  • Contact\n";
    assertEquals(DropReasons.NOT_ARTICLE_ERROR, cleaner.cleanText(page, null).dropReason());
  }

  @Test
  void consentWall() {
    String page = "Before you continue\n\nWe use cookies and data to deliver and maintain our services, measure"
        + " audience engagement and show personalised advertising. If you choose to accept all, we will also use"
        + " cookies to develop new services.\n\n[Reject all] [Accept all]\n\nManage your preferences\n";
    assertEquals(DropReasons.NOT_ARTICLE_CONSENT, cleaner.cleanText(page, null).dropReason());
  }

  @Test
  void listingPage() {
    StringBuilder sb = new StringBuilder("Port Maren Daily\n\n  • News\n  • Sport\n\nLatest news\n\n");
    String[][] teasers = {
      {"Council approves tidal barrier", "The city council voted on Tuesday to build a barrier across the harbor mouth."},
      {"Ferry timetable changes", "The morning ferry to the islands will leave fifteen minutes earlier from Monday."},
      {"New library opens", "The western district gets a library with a reading room for students and pupils."},
      {"Rail strike called off", "Unions and the rail operator reached an agreement after late-night talks."},
      {"Hikers rescued", "Two hikers were rescued from the northern ridge after a night in the cold."},
      {"Bank keeps rates", "The central bank kept its interest rate unchanged for the third month in a row."},
      {"Harbor festival dates", "The harbor festival will take place in the first weekend of July this year."},
      {"School roof repaired", "The roof of the central school was repaired after the storm in January."},
      {"Market square works", "Works on the market square will close two streets for most of the summer."},
    };
    for (String[] t : teasers) {
      sb.append(t[0]).append("\n").append(t[1]).append("\n  • 4 Mar 2024\n\n");
    }
    CleanResult r = cleaner.cleanText(sb.toString(), "https://www.portmaren-daily.example/news/latest/");
    assertEquals(DropReasons.NOT_ARTICLE_LISTING, r.dropReason(), r.text());
  }

  @Test
  void tooLittleProse() {
    String page = "Port Maren Daily\n\n  • News\n  • Sport\n\nHarbor webcam\n\nLive view of the harbor entrance.\n\n"
        + "  • About\n  • Contact\n";
    String reason = cleaner.cleanText(page, null).dropReason();
    assertTrue(DropReasons.TOO_LITTLE_PROSE.equals(reason) || DropReasons.NO_ARTICLE_TEXT.equals(reason), reason);
  }

  @Test
  void noArticleText() {
    String page = "  • News\n  • Sport\n  • Weather\n  • Culture\n\n  • About us\n  • Contact\n  • Privacy Policy\n";
    assertEquals(DropReasons.NO_ARTICLE_TEXT, cleaner.cleanText(page, null).dropReason());
  }

  @Test
  void keptPageHasNoDropReason() {
    assertNull(clean().dropReason());
  }

  // ---------------------------------------------------------------- concurrency

  @Test
  void oneInstanceIsSafeAcrossThreads() throws Exception {
    CleanResult expected = clean();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<CleanResult>> futures = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        futures.add(pool.submit(() -> cleaner.cleanText(Fixtures.articleDump(), URL)));
      }
      for (Future<CleanResult> f : futures) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
