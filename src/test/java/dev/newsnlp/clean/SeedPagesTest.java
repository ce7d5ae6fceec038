package dev.newsnlp.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The users' own example pages ({@code ../shared/seeds/}, beside the checkout on CI; a user's clone has no
 * such folder and the test skips itself) through the default cleaner, as the README's command runs it: the
 * page's headline as title, its first and last paragraph kept, and none of the page furniture around them
 * (the photo caption, the donation appeals). Expectations are short fragments of the pages; the pages
 * themselves stay in shared/.
 */
class SeedPagesTest {
  private static final Path SEEDS = Path.of("..", "shared", "seeds");

  private static CleanResult clean(String name) throws IOException {
    Path page = SEEDS.resolve(name);
    assumeTrue(Files.isRegularFile(page), "no seed page at " + page.toAbsolutePath() + " (only CI has ../shared)");
    CleanResult r = new PageCleaner().cleanText(Files.readString(page, StandardCharsets.UTF_8), null);
    assertTrue(r.kept(), name + " dropped: " + r.dropReason());
    return r;
  }

  /** The text's lines (paragraphs and list items), for "no such line" checks. */
  private static List<String> lines(CleanResult r) {
    return r.text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  private static void assertNoLine(CleanResult r, String... exact) {
    for (String line : lines(r)) {
      for (String e : exact) {
        assertFalse(line.equals(e), "kept page furniture \"" + line + "\" in\n" + r.text());
      }
    }
  }

  private static void assertNoLineStartingWith(CleanResult r, String... prefixes) {
    for (String line : lines(r)) {
      for (String p : prefixes) {
        assertFalse(line.startsWith(p), "kept page furniture \"" + line + "\" in\n" + r.text());
      }
    }
  }

  /** The title is the headline and opens the text; the first paragraph is kept; the last one ends the text. */
  private static void assertArticle(CleanResult r, String headline, String firstParagraph, String lastParagraph) {
    assertEquals(headline, r.title(), r.text());
    List<String> lines = lines(r);
    assertEquals(headline, lines.get(0));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith(firstParagraph)), r.text());
    assertTrue(lines.get(lines.size() - 1).startsWith(lastParagraph), r.text());
  }

  @Test
  void theAppealPageKeepsItsHeadlineAndBodyAndNoAppeal() throws IOException {
    CleanResult r = clean("003_156a53f513753c67.txt");
    assertArticle(r, "Russia and Iran Sign Military Cooperation Agreement",
        "Russia and Iran have signed a military cooperation agreement", "Shoigu will next travel to India");
    // the photo caption with its credit
    assertFalse(r.text().contains("Denis Abramov / Vedomosti"), r.text());
    // the donation appeals above and below the article
    assertNoLineStartingWith(r, "Enjoying ad-free content", "Since July 1, 2024", "This commitment costs us",
        "Support us", "Our journalism is banned", "A Message from", "Dear readers", "We are facing", "Your support",
        "By supporting", "Remind me later", "Read more");
  }

  @Test
  void theTickerPageKeepsItsHeadlineAndBodyAndNoTickerCaptionOrTags() throws IOException {
    CleanResult r = clean("000_5d87ec335f773b31.txt");
    assertArticle(r, "Iran, Russia have future in military-technical cooperation",
        "The Federal Service for Military-Technical Cooperation of Russia Dmitry Shugaev said",
        "The ministry said in a statement that the two sides");
    // the deck under the headline is the article's own
    assertTrue(lines(r).stream().anyMatch(l -> l.contains("says that there are prospects")), r.text());
    // the breaking-news ticker above the headline: other stories' headlines and statements
    assertNoLineStartingWith(r, "BREAKING", "Pope Leo", "The Pope to", "Al Mayadeen's correspondent", "IRGC sources",
        "Trump:", "AFP:", "Sheikh Qassem");
    // the photo caption block: the pictured person's name, then the caption
    assertNoLine(r, "Dmitry Shugaev",
        "The Federal Service for Military-Technical Cooperation Director Dmitry Shugaev");
    // the topic tags after the last paragraph, and the "Most Read" block after them
    assertNoLine(r, "United States", "Russia", "Military Cooperation", "Iran", "Most Read");
    assertNoLineStartingWith(r, "13 elite Israeli troops", "Russia and China are not part");
  }
}
