package dev.newsnlp.clean.headline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsnlp.clean.ArticleExtractor;
import dev.newsnlp.clean.Fixtures;
import dev.newsnlp.clean.render.DateFinder;
import dev.newsnlp.clean.render.DumpParser;
import dev.newsnlp.clean.render.Extraction;
import dev.newsnlp.clean.render.PageMeta;
import org.junit.jupiter.api.Test;

/** Title, byline and date of the kept article. */
class MetadataTest {

  private static final String PAGE = Fixtures.MENU + "\n" + Fixtures.TITLE + "\n\n" + Fixtures.BYLINE + "\n"
      + Fixtures.DATE + "\n\n" + Fixtures.P1 + "\n\n" + Fixtures.P2 + "\n\n" + Fixtures.P3 + "\n\n" + Fixtures.P4
      + "\n\n" + Fixtures.P5 + "\n\n" + Fixtures.LAST + "\n";

  @Test
  void titleBylineAndDateAboveTheBody() {
    Extraction x = ArticleExtractor.extract(DumpParser.parse(PAGE), null, null);
    assertEquals(Fixtures.TITLE, x.title);
    assertEquals(Fixtures.BYLINE, x.byline);
    assertEquals(DateFinder.fromText(Fixtures.DATE), x.published);
  }

  @Test
  void metaGivesTheDateAndBylineWhenTheLinesDoNot() {
    PageMeta meta = new PageMeta();
    meta.published = "2024-03-05";
    meta.byline = "Marta Olsen";
    String page = PAGE.replace(Fixtures.BYLINE + "\n" + Fixtures.DATE + "\n", "");
    Extraction x = ArticleExtractor.extract(DumpParser.parse(page), null, meta);
    assertEquals("2024-03-05", x.published);
    assertEquals("Marta Olsen", x.byline);
  }

  @Test
  void slugTokensHelpTheTitle() {
    assertEquals(java.util.Set.of("harbor", "city", "approves", "tidal", "barrier"),
        TitleFinder.slugTokens("https://news.example/2024/03/05/harbor-city-approves-tidal-barrier.html"));
  }
}
