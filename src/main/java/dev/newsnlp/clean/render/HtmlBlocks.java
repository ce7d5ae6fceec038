package dev.newsnlp.clean.render;

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
 * The head metadata is read by {@link HtmlMeta}.
 */
public final class HtmlBlocks {
  private HtmlBlocks() {}

  /** Ancestors looked at for a nav/footer look; deeper DOMs are machine-made */
  private static final int MAX_NOISE_DEPTH = 40;
  /** An ancestor holding over half of the page's text is a page wrapper */
  private static final double WRAPPER_TEXT_SHARE = 0.5;
  private static final double FORM_NOISE = 0.6; // a form: sign-ups and searches, sometimes a quiz inside the article
  /** "article-sidebar": a noise word and a content word in its class */
  private static final double NEGATIVE_AND_POSITIVE_CLASS_NOISE = 0.4;
  /** "share-bar", "related-links": a noise word in its class or id */
  private static final double NEGATIVE_CLASS_NOISE = 0.8;
  private static final double HEADER_NOISE = 0.3; // a <header> holds the headline as well as the site's menu
  private static final int MAX_INLINE_DEPTH = 12; // an inline element sits this close under its block
  private static final int MAX_CLOSEST_DEPTH = 30; // how far up an enclosing element is looked for
  private static final int MAX_HEADING_DEPTH = 4; // a link or span inside a heading sits right under it

  public static final class Page {
    public final List<Line> lines = new ArrayList<>();
    public final PageMeta meta = new PageMeta();
  }

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

  public static Page parse(String html, @Nullable String url) {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    Page page = new Page();
    HtmlMeta.readMeta(doc, page.meta);
    DomSize size = render(doc, page.lines);
    if (!page.lines.isEmpty() && ReadabilityArticle.reads(size)) {
      // last: Readability rewrites the document it reads
      page.meta.readabilityBlocks = ReadabilityArticle.blocks(doc, url);
    }
    return page;
  }

  /** How deep the body's DOM is and how many elements it has. */
  record DomSize(int depth, int elements) {}

  /** Adds the blocks of a document's body as lines with their DOM evidence (no metadata). */
  static DomSize render(Document doc, List<Line> out) {
    Element body = doc.body();
    if (body == null) {
      return new DomSize(0, 0);
    }
    Map<Element, Integer> textLen = new IdentityHashMap<>();
    int total = textLength(body, textLen);
    Renderer r = new Renderer(out, textLen, Math.max(1, total));
    NodeTraversor.traverse(r, body);
    r.flush();
    return new DomSize(r.maxDepth, r.elements);
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
    int maxDepth;
    int elements;
    final Map<Element, Double> noiseCache = new IdentityHashMap<>();
    final Map<Element, Boolean> articleCache = new IdentityHashMap<>();
    /** Each element's own evidence, judged once: the walks up from every block pass the same ancestors. */
    final Map<Element, Double> ownNoiseCache = new IdentityHashMap<>();
    final Map<Element, Boolean> ownArticleCache = new IdentityHashMap<>();

    Renderer(List<Line> out, Map<Element, Integer> textLen, int total) {
      this.out = out;
      this.textLen = textLen;
      this.total = total;
    }

    @Override
    public void head(Node node, int depth) {
      maxDepth = Math.max(maxDepth, depth);
      elements += node instanceof Element ? 1 : 0;
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
      while (p != null && !p.normalName().equals("body") && depth < MAX_NOISE_DEPTH) {
        double w = ownNoiseCache.computeIfAbsent(p, this::ownNoise);
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
      if (len != null && len > total * WRAPPER_TEXT_SHARE) {
        return 0; // page wrappers carry all kinds of class names
      }
      String tag = p.normalName();
      String role = p.attr("role");
      if (tag.equals("nav") || tag.equals("footer") || tag.equals("aside") || role.equals("navigation")
          || role.equals("contentinfo") || role.equals("complementary") || role.equals("banner")) {
        return 1;
      }
      if (tag.equals("form")) {
        return FORM_NOISE;
      }
      String ci = p.className() + " " + p.id();
      if (ci.length() > 1) {
        if (NEG.matcher(ci).find()) {
          if (ARTICLE_BODY.matcher(ci).find()) {
            return 0;
          }
          return POS.matcher(ci).find() ? NEGATIVE_AND_POSITIVE_CLASS_NOISE : NEGATIVE_CLASS_NOISE;
        }
      }
      if (tag.equals("header")) {
        return HEADER_NOISE;
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
        if (ownArticleCache.computeIfAbsent(p, HtmlBlocks::articleContainer)) {
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

  /** An {@code <article>} or {@code <main>}, or an element whose itemprop, class or id says article body. */
  private static boolean articleContainer(Element p) {
    String tag = p.normalName();
    if (tag.equals("article") || tag.equals("main") || p.attr("itemprop").equalsIgnoreCase("articleBody")) {
      return true;
    }
    String ci = p.className() + " " + p.id();
    return ci.length() > 1 && ARTICLE_BODY.matcher(ci).find(); // most elements have neither class nor id
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
    while (p instanceof Element && depth < MAX_INLINE_DEPTH) {
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
    while (p != null && depth < MAX_CLOSEST_DEPTH) {
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
    while (p != null && depth < MAX_HEADING_DEPTH) {
      String n = p.normalName();
      if (n.length() == 2 && n.charAt(0) == 'h' && n.charAt(1) >= '1' && n.charAt(1) <= '6') {
        return p;
      }
      p = p.parent();
      depth++;
    }
    return null;
  }

  /** Whitespace runs (no-break spaces too) as one space, none at the start. */
  static String collapse(CharSequence s) {
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
}
