package dev.newsnlp.clean.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Head metadata of an HTML page for the cleaner ({@link PageMeta}): og:title, JSON-LD
 * headline, datePublished, author and articleBody, article:published_time, {@code <time datetime>}, the h1s
 * and the document title with and without its site-name suffix.
 */
final class HtmlMeta {
  private HtmlMeta() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** "Harbor city approves ... | Port Maren Daily": a title part this long is the headline */
  private static final int MIN_SITE_PREFIX_CHARS = 10;
  private static final int MIN_TITLE_CHARS = 5; // shorter titles ("Home", "News") are no evidence
  private static final int MAX_LD_DEPTH = 4; // JSON-LD nests the article in @graph or mainEntity a level or two deep

  static void readMeta(Document doc, PageMeta meta) {
    String og = attr(doc, "meta[property=og:title]", "content");
    if (og == null) {
      og = attr(doc, "meta[name=twitter:title]", "content");
    }
    String published = null;
    String[] dateSelectors = {
      "meta[property=article:published_time]", "meta[name=article:published_time]",
      "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]",
      "meta[name=publish-date]", "meta[name=date]", "meta[name=dc.date]", "meta[name=DC.date.issued]",
      "meta[name=parsely-pub-date]", "meta[name=sailthru.date]", "meta[property=og:published_time]"
    };
    for (String sel : dateSelectors) {
      String v = attr(doc, sel, "content");
      if (v != null && DateFinder.fromMeta(v) != null) {
        published = DateFinder.fromMeta(v);
        break;
      }
    }
    String headline = null;
    String author = null;
    for (Element s : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode root = JSON.readTree(s.data());
        List<JsonNode> nodes = new ArrayList<>();
        flattenLd(root, nodes, 0);
        for (JsonNode n : nodes) {
          if (published == null && n.hasNonNull("datePublished")) {
            published = DateFinder.fromMeta(n.get("datePublished").asText());
          }
          if (n.hasNonNull("articleBody") && n.get("articleBody").isTextual()) {
            String b = n.get("articleBody").asText();
            if (b.indexOf('<') >= 0 || b.indexOf('&') >= 0) {
              b = Jsoup.parse(b).text(); // some sites put HTML or entities in it
            }
            if (meta.articleBody == null || b.length() > meta.articleBody.length()) {
              meta.articleBody = b;
            }
          }
          if (headline == null && n.hasNonNull("headline")) {
            headline = n.get("headline").asText();
          }
          if (author == null && n.has("author")) {
            author = ldName(n.get("author"));
          }
        }
      } catch (Exception ignored) {
        // malformed JSON-LD is common; it is only one piece of evidence
      }
    }
    if (published == null) {
      Element t = doc.selectFirst("time[datetime]");
      if (t != null) {
        published = DateFinder.fromMeta(t.attr("datetime"));
      }
    }
    meta.published = published;
    meta.ogType = attr(doc, "meta[property=og:type]", "content");
    if (author == null) {
      author = attr(doc, "meta[name=author]", "content");
    }
    if (author != null && !author.isBlank() && !author.startsWith("http")) {
      meta.byline = author.strip();
    }
    addTitle(meta, og);
    addTitle(meta, headline);
    for (Element h1 : doc.select("h1")) {
      addTitle(meta, h1.text());
    }
    String title = doc.title();
    addTitle(meta, title);
    if (title != null) {
      for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: ", " « ", " » "}) {
        int i = title.lastIndexOf(sep);
        if (i > MIN_SITE_PREFIX_CHARS) {
          addTitle(meta, title.substring(0, i));
        }
        int j = title.indexOf(sep);
        if (j > MIN_SITE_PREFIX_CHARS && j != i) {
          addTitle(meta, title.substring(0, j));
        }
      }
    }
  }

  private static void addTitle(PageMeta meta, @Nullable String t) {
    if (t == null) {
      return;
    }
    String s = HtmlBlocks.collapse(t);
    if (s.length() >= MIN_TITLE_CHARS && !meta.titles.contains(s)) {
      meta.titles.add(s);
    }
  }

  private static void flattenLd(JsonNode n, List<JsonNode> out, int depth) {
    if (n == null || depth > MAX_LD_DEPTH) {
      return;
    }
    if (n.isArray()) {
      for (JsonNode c : n) {
        flattenLd(c, out, depth + 1);
      }
    } else if (n.isObject()) {
      out.add(n);
      if (n.has("@graph")) {
        flattenLd(n.get("@graph"), out, depth + 1);
      }
      if (n.has("mainEntity")) {
        flattenLd(n.get("mainEntity"), out, depth + 1);
      }
    }
  }

  private static @Nullable String ldName(JsonNode a) {
    if (a == null) {
      return null;
    }
    if (a.isArray()) {
      List<String> names = new ArrayList<>();
      for (JsonNode c : a) {
        String n = ldName(c);
        if (n != null) {
          names.add(n);
        }
      }
      return names.isEmpty() ? null : String.join(", ", names);
    }
    if (a.isTextual()) {
      return a.asText();
    }
    if (a.has("name")) {
      return a.get("name").asText();
    }
    return null;
  }

  private static @Nullable String attr(Document doc, String selector, String attr) {
    Element e = doc.selectFirst(selector);
    if (e == null) {
      return null;
    }
    String v = e.attr(attr).strip();
    return v.isEmpty() ? null : v;
  }
}
