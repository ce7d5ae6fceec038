package dev.newsnlp.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageCleanerHtmlTest {
  // the rule detectors and the rules-only selection (--cleaner=rules); LearnedCleanerTest covers the model
  private final PageCleaner cleaner = new PageCleaner(false);

  static final String PAGE = """
      <!DOCTYPE html>
      <html lang="en"><head>
      <title>Harbor city approves new tidal barrier | Port Maren Daily</title>
      <meta property="og:title" content="Harbor city approves new tidal barrier after decade of floods">
      <meta property="og:type" content="article">
      <meta property="article:published_time" content="2024-03-05T14:20:00+01:00">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
        "headline":"Harbor city approves new tidal barrier after decade of floods",
        "datePublished":"2024-03-05T14:20:00+01:00","author":{"@type":"Person","name":"Jane Doe"}}</script>
      <style>.x{color:red}</style>
      </head><body>
      <div id="cookie-banner"><p>We use cookies to improve your experience. <button>Accept all</button></p></div>
      <header class="site-header"><a href="/">Port Maren Daily</a>
        <nav class="main-menu"><ul><li><a href="/news">News</a></li><li><a href="/politics">Politics</a></li>
        <li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
      <main>
      <article>
        <h1>Harbor city approves new tidal barrier after decade of floods</h1>
        <p class="byline">By <a href="/authors/jane-doe">Jane Doe</a></p>
        <time datetime="2024-03-05T14:20:00+01:00">5 March 2024</time>
        <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
        <div class="article-body">
        <p>The city council of Port Maren voted on Tuesday to build a tidal barrier across the mouth of the
           harbor, ending a decade of debate over how to protect the old&nbsp;town from winter floods.</p>
        <figure><img src="a.jpg" alt="The harbor"><figcaption>The harbor during the January storm. Photo: Ana Pires</figcaption></figure>
        <p>Mayor Ilse Verhoeven said the vote was &quot;the most important decision this council has taken in a
           generation&quot; and promised that construction would begin before the end of the year.</p>
        <div class="ad-slot">Advertisement</div>
        <h2>Opposition from fishermen</h2>
        <p>Not everyone is convinced. Tomas Brink, who chairs the local <b>fishermen's</b> association, told
           reporters that the barrier would &#8220;change the currents for good&#8221;.</p>
        <p>The council rejected a request for an independent study by nine votes to six, but agreed to publish
           the engineering reports on its website and to hold two public meetings in April.</p>
        </div>
        <div class="newsletter-signup"><p>Sign up for our morning newsletter and never miss a story from the harbor.</p></div>
      </article>
      <aside class="related"><h3>Related stories</h3><ul>
        <li><a href="/a">Council delays decision on harbor parking after long debate in the chamber</a></li>
        <li><a href="/b">Ferry timetable changes from next Monday for all island routes</a></li></ul></aside>
      <section id="comments"><h3>Comments</h3>
        <p>I have lived here for forty years and the floods have never been this bad, about time they did something.</p></section>
      </main>
      <footer><p>&copy; 2024 Port Maren Daily. All rights reserved.</p><a href="/privacy">Privacy Policy</a></footer>
      <script>var x = "<p>not text</p>";</script>
      </body></html>
      """;

  @Test
  void keepsArticleWithTitleBylineDate() {
    CleanResult r = cleaner.cleanHtml(PAGE, "https://www.portmaren-daily.example/news/harbor-barrier");
    assertTrue(r.kept(), r.dropReason());
    String t = r.text();
    assertEquals("Harbor city approves new tidal barrier after decade of floods", r.title());
    assertEquals("2024-03-05T14:20:00+01:00", r.published());
    assertEquals("By Jane Doe", r.byline());
    assertTrue(t.startsWith("Harbor city approves new tidal barrier after decade of floods\n\nBy Jane Doe\n\n"), t);
    // entities decoded, whitespace collapsed inside a paragraph
    assertTrue(t.contains("The city council of Port Maren voted on Tuesday to build a tidal barrier across the mouth of the"
        + " harbor, ending a decade of debate over how to protect the old town from winter floods."), t);
    assertTrue(t.contains("Mayor Ilse Verhoeven said the vote was \"the most important decision"), t);
    assertTrue(t.contains("local fishermen's association, told reporters that the barrier would \u201cchange the currents"), t);
    assertTrue(t.contains("\n\nOpposition from fishermen\n\n"), t);
    assertTrue(t.contains("and to hold two public meetings in April."), t);
    assertFalse(t.contains("  "), "no doubled spaces");
  }

  @Test
  void dropsDomNoise() {
    String t = cleaner.cleanHtml(PAGE, null).text();
    for (String noise : new String[] {
      "We use cookies", "Politics", "Share on Facebook", "Advertisement", "Photo: Ana Pires", "newsletter",
      "Council delays decision", "Related stories", "forty years", "All rights reserved", "Privacy Policy",
      "not text", "color:red"}) {
      assertFalse(t.contains(noise), () -> "should be dropped: " + noise + "\n---\n" + t);
    }
  }

  @Test
  void htmlWithoutArticleIsDropped() {
    String html = "<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/n'>News</a></li></ul></nav>"
        + "<footer>&copy; 2024 Example</footer></body></html>";
    assertFalse(cleaner.cleanHtml(html, null).kept());
    assertEquals(DropReasons.EMPTY, cleaner.cleanHtml("", null).dropReason());
  }

  @Test
  void htmlErrorPage() {
    String html = "<html><head><title>404 Not Found</title></head><body><h1>Page not found</h1>"
        + "<p>Sorry, the page you were looking for does not exist.</p><a href='/'>Home</a></body></html>";
    assertEquals(DropReasons.NOT_ARTICLE_ERROR, cleaner.cleanHtml(html, null).dropReason());
  }

  @Test
  void relatedBoxInsideTheArticleBodyDoesNotCutOffTheLastParagraph() {
    String last = "The council rejected a request for an independent study by nine votes to six, but agreed to publish"
        + " the engineering reports on its website and to hold two public meetings in April.";
    String html = PAGE.replace("<p>The council rejected", "<div class=\"related-box\"><h3>Related stories</h3><ul>"
        + "<li><a href=\"/c\">Storm damage in the old town costs more than expected</a></li>"
        + "<li><a href=\"/d\">Fishermen ask for a study of the currents in the bay</a></li>"
        + "<li><a href=\"/e\">Ferry operator adds a late boat to the islands</a></li></ul></div>\n<p>The council rejected");
    String t = cleaner.cleanHtml(html, null).text();
    assertTrue(t.contains(last), t);
    assertFalse(t.contains("Storm damage in the old town"), t);
    assertFalse(t.contains("Ferry operator adds"), t);
  }

  @Test
  void mostReadAsideAndFiguresInsideTheArticleContainerDoNotCutTheArticle() {
    StringBuilder aside = new StringBuilder("<div class=\"most-read-module\"><h3>Most read in news</h3>");
    String[][] teasers = {
      {"LATE BOAT", "Ferry operator adds a late boat to the islands on Fridays"},
      {"MUSEUM", "Old lighthouse reopens as a museum of the coast after six years"},
      {"TIMETABLE", "School board delays its vote on the new timetable again"},
      {"QUOTAS", "Fishing quotas cut again for the northern bay this spring"},
      {"LIBRARY", "Mayor opens the new library in the western district"},
      {"RAIL", "Rail strike called off after late-night talks in the capital"},
      {"RESCUE", "Two hikers rescued from the northern ridge in the fog"},
    };
    for (String[] t : teasers) {
      aside.append("<h3>").append(t[0]).append("</h3><div class=\"teaser\">").append(t[1]).append("</div>");
    }
    aside.append("</div>");
    String figures = "<figure class=\"image\"><span class=\"count\">6</span><figcaption>The old harbor wall at low tide,"
        + " where the barrier will stand.Credit: Ana Pires</figcaption></figure>";
    String before = "<p>Engineers from the regional water board estimate that the barrier will cost about 180 million euros"
        + " and will be able to close within forty minutes when a storm surge is forecast.</p>"
        + "<p>The old town flooded eleven times in the last decade, twice so badly that the cathedral steps were under"
        + " water and the market had to move to the upper square for a month.</p>";
    String after = "<p>The barrier will be the third of its kind on the coast, after those of the two river ports to the"
        + " south, which have closed forty times between them since they were finished.</p>";
    String html = PAGE.replace("<div class=\"ad-slot\">Advertisement</div>", before + aside + figures + after);
    CleanResult r = cleaner.cleanHtml(html, null);
    String t = r.text();
    assertEquals("Harbor city approves new tidal barrier after decade of floods", r.title());
    assertTrue(t.contains("The city council of Port Maren voted on Tuesday"), t);
    assertTrue(t.contains("Mayor Ilse Verhoeven said the vote"), t);
    assertTrue(t.contains("Not everyone is convinced."), t);
    assertTrue(t.contains("hold two public meetings in April."), t);
    assertFalse(t.contains("Ferry operator adds"), t);
    assertFalse(t.contains("Two hikers rescued"), t);
    assertFalse(t.contains("MUSEUM"), t);
    assertFalse(t.contains("old harbor wall at low tide"), t);
    assertTrue(t.contains("the third of its kind on the coast"), t);
  }

  @Test
  void relatedBoxUnderTwoHeadingsInsideTheArticleIsDroppedAsOne() {
    String box = "<div class=\"related-box\"><h3>Related</h3><ul>"
        + "<li><a href=\"/c\">Storm damage in the old town costs more than expected</a></li>"
        + "<li><a href=\"/d\">Fishermen ask for a study of the currents in the bay</a></li></ul></div>"
        + "<div class=\"related-box\"><h3>Related</h3><ul>"
        + "<li><a href=\"/e\">Ferry operator adds a late boat to the islands</a></li>"
        + "<li><a href=\"/f\">School board delays its vote on the new timetable</a></li></ul></div>";
    String html = PAGE.replace("<h2>Opposition from fishermen</h2>", box + "<h2>Opposition from fishermen</h2>");
    String t = cleaner.cleanHtml(html, null).text();
    assertTrue(t.contains("Not everyone is convinced."), t);
    assertTrue(t.contains("hold two public meetings in April."), t);
    assertTrue(t.contains("The city council of Port Maren voted on Tuesday"), t);
    assertFalse(t.contains("Storm damage in the old town"), t);
    assertFalse(t.contains("School board delays"), t);
  }
}
