package dev.newsnlp.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsnlp.model.CorpusEntitiesTable;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.beam.sdk.values.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/** A rendering check of report.html: it must be a whole, self-contained page whose charts are valid SVG. */
class ReportHtmlTest {

  static Map<String, Object> sampleData() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("status|kept", 40L);
    counts.put("status|dropped", 9L);
    counts.put("status|failed", 1L);
    counts.put("drop|no_article_text", 5L);
    counts.put("drop|not_english", 3L);
    counts.put("drop|duplicate_of", 1L);
    counts.put("record_failed_read", 2L);
    counts.put("file_failed", 1L);
    counts.put("failure|read|malformed_json", 2L);
    counts.put("failure|read|binary_file", 1L);
    counts.put("failure|annotate|corenlp_exception", 1L);
    counts.put("share|3", 10L);
    counts.put("share|7", 30L);
    counts.put("site|news.example|kept", 40L);
    counts.put("site|news.example|dropped", 9L);
    counts.put("site|news.example|failed", 1L);
    Map<String, List<Row>> tops = new LinkedHashMap<>();
    tops.put("entity|PERSON", List.of(CorpusTops.rankedRow("person:lena holm", "Lena Holm", 12L),
        CorpusTops.rankedRow("person:ali demir", "Ali <Demir>", 4L)));
    tops.put("entity|ORGANIZATION", List.of(CorpusTops.rankedRow("organization:harbor council", "Harbor Council", 7L)));
    tops.put("speaker", List.of(CorpusTops.rankedRow("person:lena holm", "Lena Holm", 9L)));
    List<Row> stories = List.of(story("b-1", "Mill closes after <fire>", 4, 6), story("c-7", null, 2, 2));
    List<Row> entities = List.of(corpusEntity("person:lena holm", "Lena Holm", "PERSON", 5, 3, 9),
        corpusEntity("organization:harbor council", "Harbor Council", "ORGANIZATION", 2, 2, 4));
    return ReportData.from(counts, tops, stories, entities);
  }

  static Row story(String id, String title, long sites, long documents) {
    return Row.withSchema(CorpusTops.STORY).addValues(id, title, sites, documents).build();
  }

  static Row corpusEntity(String key, String name, String type, long stories, long sites, long documents) {
    return Row.withSchema(CorpusEntitiesTable.SCHEMA)
        .withFieldValue(CorpusEntitiesTable.ENTITY_KEY, key).withFieldValue(CorpusEntitiesTable.TYPE, type)
        .withFieldValue(CorpusEntitiesTable.NAME, name).withFieldValue(CorpusEntitiesTable.VARIANTS, List.of(name))
        .withFieldValue(CorpusEntitiesTable.DOCUMENTS, documents).withFieldValue(CorpusEntitiesTable.STORIES, stories)
        .withFieldValue(CorpusEntitiesTable.MENTIONS, 2 * documents).withFieldValue(CorpusEntitiesTable.SITES, sites)
        .withFieldValue(CorpusEntitiesTable.QUOTES, 0L).build();
  }

  static String render() {
    return ReportHtml.render(sampleData(), new ReportHtml.RunInfo("newsnlp run 2025-03-14", "gs://in/*",
        "gs://out/", "DirectRunner", "DONE", 120.0, 50_000, Map.of("read", 1.5, "clean", 0.8, "annotate (CoreNLP)", 90.0)));
  }

  @Test
  void funnelNumbersAddUp() {
    Map<String, Object> pages = (Map<String, Object>) sampleData().get("pages");
    assertEquals(52L, pages.get("read"), "kept + dropped + annotate failures + read record failures");
    assertEquals(3L, pages.get("failed"));
  }

  @Test
  void pageIsSelfContainedAndScriptFree() {
    String html = render();
    Document doc = Jsoup.parse(html);
    assertTrue(doc.select("script").isEmpty(), "no scripts");
    assertTrue(doc.select("link[rel=stylesheet], img, iframe").isEmpty(), "nothing fetched");
    for (Element e : doc.select("[src], [href]")) {
      String ref = e.hasAttr("src") ? e.attr("src") : e.attr("href");
      assertFalse(ref.startsWith("http"), "external reference " + ref);
    }
    assertFalse(html.contains("@import") || html.contains("url("), "CSS fetches nothing");
    assertEquals("newsnlp run 2025-03-14", doc.title());
    String text = doc.text();
    for (String expected : List.of("pages read", "52", "Why pages were dropped", "no_article_text", "Lena Holm",
        "Harbor Council", "Top speakers", "malformed_json", "news.example", "the accounting closes")) {
      assertTrue(text.contains(expected), "report lacks " + expected);
    }
    assertTrue(text.contains("Ali <Demir>"), "names are shown as written (escaped in the source)");
    assertFalse(html.contains("Ali <Demir>"), "and escaped in the HTML");
  }

  @Test
  void everyChartIsWellFormedSvgWithItsBars() throws Exception {
    String html = render();
    Matcher m = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(html);
    List<String> svgs = new ArrayList<>();
    while (m.find()) {
      svgs.add(m.group());
    }
    assertTrue(svgs.size() >= 6, "charts: " + svgs.size());
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    int rects = 0;
    for (String svg : svgs) {
      org.w3c.dom.Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
      assertEquals("http://www.w3.org/2000/svg", d.getDocumentElement().getNamespaceURI());
      NodeList bars = d.getElementsByTagNameNS("*", "rect");
      for (int i = 0; i < bars.getLength(); i++) {
        org.w3c.dom.Element r = (org.w3c.dom.Element) bars.item(i);
        double w = Double.parseDouble(r.getAttribute("width"));
        double h = Double.parseDouble(r.getAttribute("height"));
        assertTrue(w >= 0 && h >= 0 && Double.isFinite(w) && Double.isFinite(h), svg);
        double x = Double.parseDouble(r.getAttribute("x"));
        double width = Double.parseDouble(d.getDocumentElement().getAttribute("width"));
        assertTrue(x + w <= width + 0.5, "bar inside its chart: " + svg);
      }
      rects += bars.getLength();
    }
    assertTrue(rects > 20, "bars drawn: " + rects);
  }

  @Test
  void storiesAndEntitiesByStoriesAreShownAsTables() {
    Document doc = Jsoup.parse(render());
    Element stories = sectionCard(doc, "Top stories by sites");
    List<String> storyRows = stories.select("tbody tr").eachText();
    assertEquals(List.of("Mill closes after <fire> 4 6", "c-7 2 2"), storyRows, "title, else the story_id; sites; documents");
    assertEquals("b-1", stories.selectFirst("tbody td").attr("title"));
    Element entities = sectionCard(doc, "Top entities by stories");
    assertEquals(List.of("Lena Holm PERSON 5 3 9", "Harbor Council ORGANIZATION 2 2 4"), entities.select("tbody tr").eachText());
    Map<String, Object> data = sampleData();
    assertEquals("person:lena holm", ((List<Map<String, Object>>) data.get("top_entities_by_stories")).get(0).get("entity_key"));
    assertEquals(6L, ((List<Map<String, Object>>) data.get("top_stories")).get(0).get("documents"));
  }

  private static Element sectionCard(Document doc, String heading) {
    for (Element h2 : doc.select("div.card > h2")) {
      if (h2.ownText().startsWith(heading)) {
        return h2.parent();
      }
    }
    throw new AssertionError("no card " + heading);
  }

  @Test
  void emptyRunStillRenders() {
    String html = ReportHtml.render(ReportData.from(Map.of(), Map.of()),
        new ReportHtml.RunInfo("empty", "x", "y", "DirectRunner", "DONE", 0, 0, Map.of()));
    assertTrue(Jsoup.parse(html).text().contains("No page was dropped."));
    assertTrue(Jsoup.parse(html).text().contains("No story was found on more than one page."));
  }
}
