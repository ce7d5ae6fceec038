package dev.newsnlp.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages built around the article of {@link Fixtures} for the tests of the rules' noise kinds ({@code
 * NoiseKindsTest}, {@code TitleKindsTest}, {@code CommentKindsTest}), and their assertions.
 */
final class RulesPages {
  private RulesPages() {}

  /** The rule detectors and the rules-only selection (--cleaner=rules); LearnedCleanerTest covers the model. */
  static final PageCleaner RULES = new PageCleaner(false);

  static final String HEAD = "Port Maren Daily\n\n  • News\n  • Politics\n  • Sport\n  • Culture\n\n";
  static final String FOOT = "\n\n  • About us\n  • Contact\n  • Privacy Policy\n";

  /** The article of {@link Fixtures} (title, byline, date, paragraphs) as one block of dump text. */
  static String article() {
    return Fixtures.TITLE + "\n\n" + Fixtures.BYLINE + "\n" + Fixtures.DATE + "\n\n" + Fixtures.P1 + "\n\n"
        + Fixtures.P2 + "\n\n" + Fixtures.P3 + "\n\n" + Fixtures.P4 + "\n\n" + Fixtures.P5 + "\n\n"
        + Fixtures.LAST;
  }

  /** The article between the header menu and the footer, with {@code block} as its own paragraphs before {@code paragraph}. */
  static String cleanWithBlockBefore(String paragraph, String block) {
    return clean(HEAD + article().replace(paragraph, block + "\n\n" + paragraph) + FOOT);
  }

  static String clean(String dump) {
    CleanResult r = RULES.cleanText(dump, null);
    assertTrue(r.kept(), () -> "dropped: " + r.dropReason());
    return r.text();
  }

  static void assertKept(String text, String line) {
    assertTrue(text.contains(line), () -> "missing: " + line + "\n---\n" + text);
  }

  static void assertDropped(String text, String line) {
    assertFalse(text.contains(line), () -> "should be dropped: " + line + "\n---\n" + text);
  }

  static void assertArticleKept(String text) {
    for (String p : new String[] {Fixtures.P1, Fixtures.P2, Fixtures.P3, Fixtures.P4, Fixtures.P5, Fixtures.LAST}) {
      assertKept(text, p);
    }
  }
}
