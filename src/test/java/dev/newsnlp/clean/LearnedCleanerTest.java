package dev.newsnlp.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The shipped line model on pages written for the tests (never seen in training). */
class LearnedCleanerTest {
  private static final String URL = "https://www.portmaren-daily.example/news/2024/03/05/harbor-city-approves-tidal-barrier";
  private final PageCleaner cleaner = new PageCleaner(true);

  private CleanResult clean() {
    CleanResult r = cleaner.cleanText(Fixtures.articleDump(), URL);
    assertTrue(r.kept(), () -> "dropped: " + r.dropReason());
    return r;
  }

  @Test
  void keepsTheTitleAndEveryArticleParagraphOfAFullPage() {
    CleanResult r = clean();
    assertEquals(Fixtures.TITLE, r.title());
    assertTrue(r.text().startsWith(Fixtures.TITLE), r.text());
    for (String p : List.of(Fixtures.P1, Fixtures.P2, Fixtures.P3, Fixtures.P4, Fixtures.P5, Fixtures.LAST)) {
      assertTrue(r.text().contains(p), () -> "missing: " + p + "\n---\n" + r.text());
    }
  }

  @Test
  void dropsMenusTickerTeasersAppealsCommentsAndFooter() {
    CleanResult r = clean();
    for (String noise : List.of("Politics", Fixtures.TICKER_LINE, "Share on Facebook", Fixtures.MOST_READ_TEASER,
        "reading room for students", Fixtures.DONATION, Fixtures.COOKIE, Fixtures.COMMENT, "Leave a Reply",
        "Privacy Policy", "All rights reserved")) {
      assertFalse(r.text().contains(noise), () -> "should be dropped: " + noise + "\n---\n" + r.text());
    }
  }

  /** 'İ' lower-cases to two chars; a line with it once threw StringIndexOutOfBoundsException. */
  @Test
  void aTurkishCapitalDottedIDoesNotBreakThePage() {
    String turkish = "İstanbul'daki liman işçileri İzmir'deki meslektaşlarıyla birlikte yeni sözleşmeyi İmzaladı, "
        + "dedi sendika başkanı.";
    String page = Fixtures.articleDump().replace(Fixtures.P2, Fixtures.P2 + "\n\n" + turkish);
    CleanResult r = cleaner.cleanText(page, URL);
    assertTrue(r.kept(), () -> "dropped: " + r.dropReason());
    assertTrue(r.text().contains(Fixtures.P1), r::text);
  }

  @Test
  void aPageOfMenusAndTeasersOnlyHasNoArticle() {
    String page = Fixtures.COOKIE + "\n\n" + Fixtures.MENU + "\n" + Fixtures.TICKER + "\n" + Fixtures.MOST_READ
        + "\n" + Fixtures.FOOTER;
    CleanResult r = cleaner.cleanText(page, null);
    assertFalse(r.kept() && r.text().contains(Fixtures.TICKER_LINE), r::text);
  }

  @Test
  void manyThreadsGetTheSameResultAsOne() throws Exception {
    String expected = clean().text();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> runs = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        runs.add(pool.submit(() -> cleaner.cleanText(Fixtures.articleDump(), URL).text()));
      }
      for (Future<String> f : runs) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void explainShowsEachLinesLogOddsAndTheFeaturesThatDecidedIt() {
    String explained = cleaner.explain(Fixtures.articleDump(), URL, false);
    String p1Line = explained.lines().filter(l -> l.contains(Fixtures.P1)).findFirst().orElseThrow();
    assertTrue(p1Line.matches("\\s*\\d+\\s+[+-]\\d+\\.\\d( \\w+[+-]\\d+\\.\\d){3}\\s.*"), p1Line);
    assertTrue(p1Line.trim().split("\\s+")[1].startsWith("+"), "a kept paragraph has positive log-odds: " + p1Line);
    String menuLine = explained.lines().filter(l -> l.endsWith("Politics")).findFirst().orElseThrow();
    assertTrue(menuLine.trim().split("\\s+")[1].startsWith("-"), menuLine);
  }

  @Test
  void aPageInAnotherLanguageIsCleanedByTheRulesTheModelHasNotLearnedItsWords() {
    String page = "Startseite | Politik | Sport | Kultur\n\n"
        + "Neue Brücke über den Fluss eröffnet\n\n"
        + "Die neue Brücke über den Fluss wurde am Montag nach drei Jahren Bauzeit für den Verkehr freigegeben,"
        + " wie die Stadtverwaltung mitteilte.\n\n"
        + "Der Bürgermeister sagte, die Brücke werde die Fahrzeit zwischen den beiden Stadtteilen um die Hälfte"
        + " verkürzen und sei ein wichtiger Schritt für die Entwicklung der Region.\n\n"
        + "Die Kosten lagen mit zwölf Millionen Euro unter dem geplanten Betrag, und die Arbeiten wurden zwei"
        + " Monate früher als erwartet abgeschlossen.\n\n"
        + "Impressum | Datenschutz | Kontakt\n";
    CleanResult learned = cleaner.cleanText(page, null);
    CleanResult rules = new PageCleaner(false).cleanText(page, null);
    assertEquals(rules, learned);
    assertTrue(learned.text().contains("zwölf Millionen Euro"), learned.text());
    assertFalse(learned.text().contains("Datenschutz"), learned.text());
  }

  @Test
  void noBreakSpacesZeroWidthCharactersAndSoftHyphensAreNormalisedForSearch() {
    String page = Fixtures.articleDump()
        .replace("build a tidal barrier", "build a\u00a0tidal\u200b barrier")
        .replace("independent study", "indepen\u00addent study");
    CleanResult r = cleaner.cleanText(page, URL);
    assertTrue(r.text().contains("build a tidal barrier"), r.text());
    assertTrue(r.text().contains("independent study"), r.text());
    assertEquals("a\u200db c", PageCleaner.searchable("a\u200db\u00a0c"), "a joiner that shapes a script stays");
  }
}
