package dev.newsnlp.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an HTML page into {@link Line}s (one per block: paragraph, heading, list item, cell, line of
 * pre-formatted text) carrying DOM evidence: heading level, link density, whether an ancestor looks like
 * navigation / footer / sidebar / share bar / comments, whether the block sits in the article container.
 * Also collects head metadata (og:title, JSON-LD headline and datePublished, article:published_time,
 * {@code <time datetime>}, author).
 */
final class HtmlBlocks {
  private HtmlBlocks() {}

  static final class Page {
    final List<Line> lines = new ArrayList<>();
    final ArticleExtractor.Meta meta = new ArticleExtractor.Meta();
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Set<String> BLOCK_TAGS = Set.of(
      "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr",
      "td", "th", "thead", "tbody", "tfoot", "caption", "blockquote", "pre", "section", "article", "header",
      "footer", "nav", "aside", "main", "figure", "figcaption", "form", "fieldset", "address", "hr",
      "details", "summary", "center", "body", "html", "menu", "dialog", "legend", "option", "picture");

  private static final Set<String> SKIP_TAGS = Set.of(
      "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "button", "select",
      "input", "textarea", "canvas", "video", "audio", "map", "head", "title", "meta", "link", "img",
      "source", "track", "math", "label", "datalist", "output", "progress", "meter");

  private static final Pattern NEG = Pattern.compile(
      "(?i)(^|[-_ ])(nav|navbar|navigation|menu|menus|breadcrumbs?|share|sharing|social|sociallinks|related|"
          + "comments?|commentlist|disqus|footer|foot|sidebar|side-bar|aside|widget|widgets|promo|promos|"
          + "promotion|newsletter|subscribe|subscription|signup|sign-up|cookie|cookies|consent|gdpr|banner|"
          + "advert|advertisement|ads?|adslot|ad-slot|dfp|sponsor|sponsored|outbrain|taboola|recommend|"
          + "recommended|recommendations|trending|popular|most-read|mostread|most-popular|tags|tag-list|taglist|"
          + "topics|author-bio|authorbio|bio|masthead|header|site-header|toolbar|pagination|pager|skip|"
          + "modal|popup|overlay|paywall|teaser|teasers|more-stories|read-more|readmore|next-article|"
          + "prev-next|jump|toc|hidden|print-only|screen-reader|sr-only|visually-hidden|caption|credit|"
          + "byline-social|rail|right-rail|left-rail|utility|login|account)($|[-_ ])");
  private static final Pattern POS = Pattern.compile(
      "(?i)(article|story|entry|post|body|content|text|main|blog|prose|rich-text|richtext|paragraph)");
  private static final Pattern ARTICLE_BODY = Pattern.compile(
      "(?i)(article[-_]?body|articlebody|article[-_]?content|article[-_]?text|story[-_]?body|story[-_]?content|"
          + "post[-_]?content|post[-_]?body|entry[-_]?content|entry[-_]?body|content[-_]?body|rich[-_]?text|"
          + "article__body|article-main|main-content|body-text|bodytext)");
  private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

  static Page parse(String html, @Nullable String url) {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    Page page = new Page();
    readMeta(doc, page.meta);
    Element body = doc.body();
    if (body == null) {
      return page;
    }
    Map<Element, Integer> textLen = new IdentityHashMap<>();
    int total = textLength(body, textLen);
    Renderer r = new Renderer(page.lines, textLen, Math.max(1, total));
    NodeTraversor.traverse(r, body);
    r.flush();
    return page;
  }

  /** Characters of text below each element (post-order, cached). */
  private static int textLength(Element e, Map<Element, Integer> out) {
    int n = 0;
    for (Node c : e.childNodes()) {
      if (c instanceof TextNode) {
        n += ((TextNode) c).text().trim().length();
      } else if (c instanceof Element) {
        Element ce = (Element) c;
        if (!SKIP_TAGS.contains(ce.normalName())) {
          n += textLength(ce, out);
        }
      }
    }
    out.put(e, n);
    return n;
  }

  private static final class Renderer implements NodeVisitor {
    final List<Line> out;
    final Map<Element, Integer> textLen;
    final int total;
    final StringBuilder buf = new StringBuilder();
    int linkChars;
    @Nullable Element owner;
    int skipDepth;
    @Nullable Node skipRoot;
    int groupSeq;
    final Map<Element, Double> noiseCache = new IdentityHashMap<>();
    final Map<Element, Boolean> articleCache = new IdentityHashMap<>();

    Renderer(List<Line> out, Map<Element, Integer> textLen, int total) {
      this.out = out;
      this.textLen = textLen;
      this.total = total;
    }

    @Override
    public void head(Node node, int depth) {
      if (skipRoot != null) {
        return;
      }
      if (node instanceof TextNode) {
        TextNode tn = (TextNode) node;
        if (owner != null && isIn(tn, "pre")) {
          appendPre(tn.getWholeText());
        } else {
          String t = tn.text();
          if (!t.isEmpty()) {
            appendText(t, !t.isBlank() && isIn(tn, "a"));
          }
        }
        return;
      }
      if (!(node instanceof Element)) {
        return;
      }
      Element e = (Element) node;
      String tag = e.normalName();
      if (SKIP_TAGS.contains(tag) || isHidden(e)) {
        skipRoot = node;
        return;
      }
      if (tag.equals("br")) {
        flush();
        return;
      }
      if (BLOCK_TAGS.contains(tag)) {
        flush();
        owner = e;
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (skipRoot != null) {
        if (node == skipRoot) {
          skipRoot = null;
        }
        return;
      }
      if (node instanceof Element && BLOCK_TAGS.contains(((Element) node).normalName())) {
        flush();
        Element p = ((Element) node).parent();
        owner = p;
      }
    }

    private void appendText(String t, boolean inLink) {
      buf.append(t);
      if (inLink) {
        linkChars += t.strip().length();
      }
    }

    private void appendPre(String whole) {
      String[] parts = whole.split("\n", -1);
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          flush();
        }
        buf.append(parts[i].replace('\t', ' ').replace('\u00a0', ' '));
      }
    }

    void flush() {
      if (buf.length() == 0) {
        linkChars = 0;
        return;
      }
      String text = collapse(buf);
      buf.setLength(0);
      int links = linkChars;
      linkChars = 0;
      if (text.isEmpty()) {
        return;
      }
      Element o = owner;
      boolean li = o != null && closest(o, "li") != null;
      Line l = new Line(text, 0, li, true);
      if (o != null) {
        Element h = closestHeading(o);
        if (h != null) {
          l.heading = h.normalName().charAt(1) - '0';
        }
        l.linkDensity = Math.min(1.0, (double) links / text.length());
        l.domNoise = noise(o);
        l.inArticle = inArticle(o);
        l.pre = closest(o, "pre") != null;
        l.cell = closest(o, "td") != null || closest(o, "th") != null;
        l.caption = closest(o, "figcaption") != null || closest(o, "figure") != null;
        Element list = li ? closest(o, "li").parent() : null;
        l.group = list == null ? -1 : System.identityHashCode(list);
        if (li && !out.isEmpty()) {
          Line prev = out.get(out.size() - 1);
          if (prev.bullet && prev.group == l.group) {
            l.gapBefore = false;
          }
        }
      }
      out.add(l);
    }

    private double noise(Element e) {
      Double c = noiseCache.get(e);
      if (c != null) {
        return c;
      }
      double v = 0;
      Element p = e;
      int depth = 0;
      while (p != null && !p.normalName().equals("body") && depth < 40) {
        double w = ownNoise(p);
        if (w > v) {
          v = w;
        }
        Double cached = p != e ? noiseCache.get(p) : null;
        if (cached != null) {
          v = Math.max(v, cached);
          break;
        }
        p = p.parent();
        depth++;
      }
      noiseCache.put(e, v);
      return v;
    }

    private double ownNoise(Element p) {
      Integer len = textLen.get(p);
      if (len != null && len > total * 0.5) {
        return 0; // page wrappers carry all kinds of class names
      }
      String tag = p.normalName();
      String role = p.attr("role");
      if (tag.equals("nav") || tag.equals("footer") || tag.equals("aside") || role.equals("navigation")
          || role.equals("contentinfo") || role.equals("complementary") || role.equals("banner")) {
        return 1;
      }
      if (tag.equals("form")) {
        return 0.6;
      }
      String ci = p.className() + " " + p.id();
      if (ci.length() > 1) {
        if (NEG.matcher(ci).find()) {
          if (ARTICLE_BODY.matcher(ci).find()) {
            return 0;
          }
          return POS.matcher(ci).find() ? 0.4 : 0.8;
        }
      }
      if (tag.equals("header")) {
        return 0.3;
      }
      return 0;
    }

    private boolean inArticle(Element e) {
      Boolean c = articleCache.get(e);
      if (c != null) {
        return c;
      }
      boolean v = false;
      Element p = e;
      while (p != null && !p.normalName().equals("body")) {
        String tag = p.normalName();
        if (tag.equals("article") || tag.equals("main") || p.attr("itemprop").equalsIgnoreCase("articleBody")
            || ARTICLE_BODY.matcher(p.className() + " " + p.id()).find()) {
          v = true;
          break;
        }
        Boolean cached = p != e ? articleCache.get(p) : null;
        if (cached != null) {
          v = cached;
          break;
        }
        p = p.parent();
      }
      articleCache.put(e, v);
      return v;
    }
  }

  private static boolean isHidden(Element e) {
    if (e.hasAttr("hidden") || e.attr("aria-hidden").equals("true") && e.textNodes().isEmpty()
        && e.childrenSize() == 0) {
      return true;
    }
    String style = e.attr("style");
    return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
  }

  private static boolean isIn(Node n, String tag) {
    Node p = n.parentNode();
    int depth = 0;
    while (p instanceof Element && depth < 12) {
      String name = ((Element) p).normalName();
      if (name.equals(tag)) {
        return true;
      }
      if (BLOCK_TAGS.contains(name) && !tag.equals("pre")) {
        return false;
      }
      p = p.parentNode();
      depth++;
    }
    return false;
  }

  private static @Nullable Element closest(Element e, String tag) {
    Element p = e;
    int depth = 0;
    while (p != null && depth < 30) {
      if (p.normalName().equals(tag)) {
        return p;
      }
      p = p.parent();
      depth++;
    }
    return null;
  }

  private static @Nullable Element closestHeading(Element e) {
    Element p = e;
    int depth = 0;
    while (p != null && depth < 4) {
      String n = p.normalName();
      if (n.length() == 2 && n.charAt(0) == 'h' && n.charAt(1) >= '1' && n.charAt(1) <= '6') {
        return p;
      }
      p = p.parent();
      depth++;
    }
    return null;
  }

  private static String collapse(CharSequence s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f') {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  // ------------------------------------------------------------------ head metadata

  private static void readMeta(Document doc, ArticleExtractor.Meta meta) {
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
        if (i > 10) {
          addTitle(meta, title.substring(0, i));
        }
        int j = title.indexOf(sep);
        if (j > 10 && j != i) {
          addTitle(meta, title.substring(0, j));
        }
      }
    }
  }

  private static void addTitle(ArticleExtractor.Meta meta, @Nullable String t) {
    if (t == null) {
      return;
    }
    String s = collapse(t);
    if (s.length() >= 5 && !meta.titles.contains(s)) {
      meta.titles.add(s);
    }
  }

  private static void flattenLd(JsonNode n, List<JsonNode> out, int depth) {
    if (n == null || depth > 4) {
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
