package dev.newsnlp.clean.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsnlp.clean.ArticleExtractor;
import dev.newsnlp.clean.render.HtmlBlocks;
import dev.newsnlp.clean.render.Line;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadabilityBodyTest {
  /** An article split over two sibling containers by an inline ad, between a menu, a related list and a footer. */
  private static final String PAGE = """
      <html><head><title>Valley farmers count the cost of a dry spring | The Lowland Courier</title></head><body>
      <nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/farming">Farming</a></li>
        <li><a href="/weather">Weather</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
      <div class="layout"><div class="main-column">
        <h1>Valley farmers count the cost of a dry spring</h1>
        <div class="story-text">
          <p>Farmers in the upper valley say the driest spring in thirty years has cut their first hay harvest
             by almost half, and several have started selling cattle they can no longer feed.</p>
          <p>Rainfall at the Eastbrook gauge was 41 millimetres between March and May, against an average of
             150, according to figures published by the regional water board on Monday.</p>
        </div>
        <div class="inline-promo"><a href="/subscribe">Subscribe for 1 euro a week</a></div>
        <div class="story-text">
          <p>Marta Oosting, who keeps sixty dairy cows near Eastbrook, said she had bought feed in May for the
             first time since her parents ran the farm, and that the price had doubled since last year.</p>
          <p>The water board said it would decide next week whether to lift the ban on pumping from the river,
             which has been in force since the middle of April for every farm above the weir.</p>
        </div>
      </div>
      <aside class="sidebar"><h3>Most read</h3><ul>
        <li><a href="/a">Night trains return to the coast line after five years away</a></li>
        <li><a href="/b">Council approves the new bridge over the canal at last</a></li></ul></aside></div>
      <footer><p>Copyright 2024 The Lowland Courier. All rights reserved.</p></footer>
      </body></html>
      """;

  private static List<Line> lines(String html) {
    HtmlBlocks.Page page = HtmlBlocks.parse(html, "https://courier.example/farming/dry-spring");
    ArticleExtractor.evidence(page.lines, page.meta);
    return page.lines;
  }

  @Test
  void marksTheArticleOnBothSidesOfAnInlineBoxAndNotTheMenuListsOrFooter() {
    List<Line> lines = lines(PAGE);
    for (String body : List.of("Farmers in the upper valley", "Rainfall at the Eastbrook gauge",
        "Marta Oosting, who keeps", "The water board said it would decide")) {
      assertEquals(1, Evidence.line(lines, body).rdBody, body);
    }
    for (String noise : List.of("Farming", "Most read", "Night trains return", "Copyright 2024",
        "Subscribe for 1 euro")) {
      assertEquals(-1, Evidence.line(lines, noise).rdBody, noise);
    }
  }

  @Test
  void aPageNestedDeeperThanAnyRealPageIsCleanedWithoutReadability() {
    // Readability's time grows with the square of the depth; machine-made DOMs can be thousands deep
    String deep = "<html><body>" + "<div>".repeat(1000) + "<p>Rainfall at the Eastbrook gauge was 41 millimetres"
        + " between March and May, against an average of 150.</p>" + "</div>".repeat(1000) + "</body></html>";
    HtmlBlocks.Page page = HtmlBlocks.parse(deep, null);
    assertEquals(List.of(), page.meta.readabilityBlocks);
    ArticleExtractor.evidence(page.lines, page.meta);
    assertEquals(0, Evidence.line(page.lines, "Rainfall at the Eastbrook gauge").rdBody);
  }

  @Test
  void aDumpCarriesNoReadabilityEvidence() {
    for (Line l : Evidence.of("Home | News | Sport\n\nSome headline here\n\nA first paragraph of text.")) {
      assertEquals(0, l.rdBody, l.text);
    }
  }
}
